package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.publication.PublicationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public progress page under load (issue 21): a bounded, open-loop run against loopback at a fixed rate
 * ({@code -Dbench.public.rate=200} requests per second for {@code -Dbench.public.seconds=30}, after 15 s of warm-up at
 * the same rate, from 32 connections), a mix
 * of visitors as they come: the plan's page in English and Spanish (by the browser's language and by the link), its
 * CSV and JSON, the list of plans, and browsers that already have the page ({@code If-None-Match}, 304). Each latency
 * is measured from the moment the request was due, not sent, so a slow answer is not hidden by the requests that
 * waited behind it. Run with {@code mvn -B -o -Pbench test -Dbench.test=PublicPageLoadBench} (never by the normal test
 * run: the class name does not end in Test). Figures in docs/performance.md, "The public progress page".
 */
@TrackerTest
class PublicPageLoadBench {

    private static final int RATE = Integer.getInteger("bench.public.rate", 200);
    private static final int SECONDS = Integer.getInteger("bench.public.seconds", 30);
    private static final int WARM_UP_SECONDS = 15;
    private static final int CONNECTIONS = 32;

    @Autowired Fixtures fixtures;
    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired PublicationService publication;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void thePublicPageHoldsTwoHundredRequestsASecondWithP95UnderFiftyMilliseconds() throws Exception {
        String code = publishedPlan();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String etag = client.send(request("/public/plans/" + code + "?lang=en", null, null),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        List<HttpRequest> mix = List.of(
                request("/public/plans/" + code, "es-CO,es;q=0.9", null),
                request("/public/plans/" + code, "en-GB,en;q=0.8", null),
                request("/public/plans/" + code + "?lang=es", null, null),
                request("/public/plans/" + code + "?lang=en", null, null),
                request("/public/plans/" + code + "?lang=en", null, etag),
                request("/public/plans/" + code + "/data.csv?lang=es", null, null),
                request("/public/plans/" + code + "/data.json?lang=en", null, null),
                request("/public?lang=es", null, null),
                request("/public/plans/" + code, "fr-FR", null),
                request("/public/public.css", null, null));

        run(client, mix, WARM_UP_SECONDS, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        run(client, mix, SECONDS, latencies, failures);
        double elapsed = (System.nanoTime() - started) / 1e9;

        Stats stats = Stats.of(new ArrayList<>(latencies));
        double throughput = latencies.size() / elapsed;
        System.out.printf(Locale.ROOT, "%nPublic page, open loop at %d req/s for %d s on %d cores: %d answers "
                        + "(%.1f req/s), %d failed; latency median %s ms, p95 %s ms, max %s ms%n%n", RATE, SECONDS,
                Runtime.getRuntime().availableProcessors(), stats.n(), throughput, failures.get(),
                Stats.f(stats.median()), Stats.f(stats.p95()), Stats.f(stats.max()));
        assertThat(failures.get()).isZero();
        assertThat(throughput).isGreaterThanOrEqualTo(RATE * 0.97);
        assertThat(stats.p95()).isLessThan(50.0);
    }

    /**
     * Sends the mix in turn at RATE per second for that long; waits for every answer. Requests are due on a fixed
     * schedule and sent by a pool of {@link #CONNECTIONS} senders (as many connections, as a proxy in front would
     * keep): when all are busy, a request waits, and its wait counts in its latency.
     */
    private static void run(HttpClient client, List<HttpRequest> mix, int seconds,
                            ConcurrentLinkedQueue<Double> latencies, AtomicInteger failures) throws Exception {
        long interval = 1_000_000_000L / RATE;
        ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < RATE * seconds; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                HttpRequest request = mix.get(i % mix.size());
                answers.add(senders.submit(() -> {
                    try {
                        HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies.add((System.nanoTime() - due) / 1e6);
                        if (answer.statusCode() != 200 && answer.statusCode() != 304) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception error) {
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            senders.shutdown();
        }
    }

    private HttpRequest request(String path, String acceptLanguage, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.build();
    }

    /** A plan of twenty recommendations, all published, three of them with an implementation plan in force. */
    private String publishedPlan() {
        String code = "PUBLOAD-" + System.nanoTime() % 100_000;
        StringBuilder recs = new StringBuilder("code,title,theme,coordination_level,scope,countries,depends_on,"
                + "full_text\n");
        for (int i = 1; i <= 20; i++) {
            recs.append("R").append(i).append(",Recommendation ").append(i).append(" of the load run,Theme ")
                    .append(i % 4).append(",BOTH,REGIONAL,,,\"The words of the study.\"\n");
        }
        importer.importPlan(Fixtures.csv("code,title,source,published_on,languages,time_zone\n" + code
                + ",Plan under load,Load study,2024-07-16,en,America/Panama\n"), Fixtures.csv(recs.toString()));
        Long planId = plans.findByCode(code).orElseThrow().getId();
        List<RecommendationSummary> all = recommendations.list(planId);
        for (RecommendationSummary r : all.subList(0, 3)) {
            fixtures.adopt(r.id(), "R4V");
            fixtures.planInForce(r.id(), "agency.r4v", fixtures.twoMilestones().toArray(
                    org.mixedmovements.tracker.milestone.MilestoneDraft[]::new));
        }
        fixtures.signIn("secretariat");
        publication.publishPlan(planId, true);
        all.forEach(r -> publication.publishRecommendation(r.id(), true));
        fixtures.signOut();
        return code;
    }
}
