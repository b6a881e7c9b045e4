package org.mixedmovements.tracker.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/** Test plans of several recommendations, and the public page read over HTTP as an anonymous visitor reads it. */
final class PublicSite {

    private static final AtomicInteger PLANS = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A new plan; returns its code. Its recommendations are T1, T2... with these titles. */
    static String newPlan(PlanImportService importer, String title, String... recommendationTitles) {
        return newPlanIn(importer, "en", title, recommendationTitles);
    }

    /** A new plan whose texts are written in the first of {@code languages} ("es;en" is a Spanish plan). */
    static String newPlanIn(PlanImportService importer, String languages, String title,
                            String... recommendationTitles) {
        String code = "PUB-" + PLANS.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String plan = "code,title,source,published_on,languages,time_zone\n"
                + code + "," + title + ",Study for " + code + ",2024-07-16," + languages + ",America/Panama\n";
        StringBuilder recs = new StringBuilder("code,title,theme,coordination_level,scope,countries,depends_on,full_text\n");
        for (int i = 0; i < recommendationTitles.length; i++) {
            recs.append("T").append(i + 1).append(',').append(recommendationTitles[i])
                    .append(",Testing,BOTH,REGIONAL,,,\"The words of the study for ").append(recommendationTitles[i])
                    .append(".\"\n");
        }
        importer.importPlan(Fixtures.csv(plan), Fixtures.csv(recs.toString()));
        return code;
    }

    static Long planId(PlanService plans, String code) {
        return plans.findByCode(code).orElseThrow().getId();
    }

    /** The plan's recommendations by code (T1, T2...). */
    static Map<String, Long> recommendations(RecommendationService recommendations, PlanService plans, String code) {
        return recommendations.list(planId(plans, code)).stream()
                .collect(Collectors.toMap(RecommendationSummary::code, RecommendationSummary::id));
    }

    static HttpResponse<String> get(int port, String path, String... headers) {
        return send(port, "GET", path, headers);
    }

    static HttpResponse<String> send(int port, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** The response's headers as one text ("name: value" lines), for looking for what must not be there. */
    static String headers(HttpResponse<?> response) {
        List<String> lines = new ArrayList<>();
        response.headers().map().forEach((name, values) -> values.forEach(v -> lines.add(name + ": " + v)));
        return String.join("\n", lines);
    }

    private PublicSite() {
    }
}
