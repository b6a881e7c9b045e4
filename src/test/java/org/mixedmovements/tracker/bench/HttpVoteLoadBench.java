package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mixedmovements.tracker.PostgresTestDatabase;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.PlanSettingsAdministration;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Votes through the real stack (issue 24): twenty member organisations, each with its own signed-in user, vote at once
 * on twenty open decisions over loopback, through the two ways a vote reaches the application, and the same 400 votes
 * on the bare engine ({@link BareEngine}) in the same run:
 * <ul>
 *   <li><b>REST</b>: {@code POST /api/v1/tasks/{taskId}/vote} with each member's own API token (a bearer token, checked
 *   against the database on every request);</li>
 *   <li><b>Vaadin</b>: the Approve button of the Approvals view, as the browser sends it: each member signs in through
 *   the login form (a real HTTP session, its cookie), opens {@code /approvals} as the browser does (the page, the
 *   UI's bootstrap {@code v-r=init} and the client engine's {@code ui-navigate} event; untimed), then each vote is the
 *   click's UIDL request ({@code POST /?v-r=uidl}, the node of the button {@code approve-<id>},
 *   the session's CSRF token, sync and client ids) and its answer, which re-renders the card. A small driver of
 *   recorded UIDL requests rather than twenty headless browsers: twenty Chromium pages would need more than the two
 *   cores the run shares and would measure the browser, not the server.</li>
 * </ul>
 * Member {@code m} votes on decision {@code (m + k) mod 20} at its step {@code k}, so at any moment the twenty votes
 * fall on twenty different decisions, as when a meeting's members go down the same agenda at their own pace. The
 * plan's rule for responses is "no objection" and every member consents, so no vote settles a decision (twenty of
 * twenty-six consent; the demo group's six do not act) and all 400 count; after each round wg.ocha objects to each
 * decision, which closes it, so the next round's Approvals page holds only its own twenty. Every round (one warm-up,
 * then {@code -Dbench.rounds}) runs bare, REST and Vaadin in turn on fresh decisions. Latency is from send to answer;
 * throughput is 400 over the round's wall time. Run with
 * {@code mvn -B -o -Pbench test -Dbench.test=HttpVoteLoadBench -Dbench.db=postgres} (it runs on PostgreSQL only: on
 * H2, as in the default {@code mvn -Pbench verify}, it is skipped before the application starts); writes
 * {@code target/bench-http-votes-<db>.md}. Figures and what limits them: docs/performance.md, "Votes over HTTP".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "bench"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "bench.db", matches = "postgres",
        disabledReason = "votes over HTTP are measured on PostgreSQL only (-Dbench.db=postgres)")
class HttpVoteLoadBench {

    static final BenchSettings SETTINGS = new BenchSettings();
    static final int MEMBERS = 20;
    static final int DECISIONS = 20;
    static final String PASSWORD = "Quorum-of-twenty-7";
    private static final String DATABASE = "bench_httpvotes";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useAsDataSource(registry, PostgresTestDatabase.recreate(DATABASE));
    }

    @Autowired Fixtures fixtures;
    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired OrganisationAdministration organisations;
    @Autowired UserAdministration users;
    @Autowired ApiTokenService apiTokens;
    @Autowired PlanSettingsAdministration planSettings;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private final List<String> codes = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<UiSession> sessions = new ArrayList<>();
    private final AtomicInteger planNumber = new AtomicInteger();
    private final AtomicLong bareKeys = new AtomicLong(1);
    private final AtomicInteger bareRetries = new AtomicInteger();
    private BareEngine bare;
    private List<String> bareGroups;
    private final long began = System.nanoTime();

    @AfterAll
    void close() {
        if (bare != null) {
            bare.close();
        }
    }

    @Test
    void twentyMembersVoteOnTwentyDecisionsAtOnceThroughRestAndTheApproveButton() throws Exception {
        members();
        List<Double> bareRates = new ArrayList<>();
        List<Double> restRates = new ArrayList<>();
        List<Double> uiRates = new ArrayList<>();
        List<Double> bareAll = new ArrayList<>();
        List<Double> restAll = new ArrayList<>();
        List<Double> uiAll = new ArrayList<>();
        List<String> roundLines = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round <= SETTINGS.rounds; round++) {
            List<Long> restDecisions = openDecisions();
            List<Long> uiDecisions = openDecisions();
            if (bare == null) {
                startBareEngine(restDecisions.get(0));
            }
            Round b = bareRound();
            Round r = restRound(restDecisions);
            closeDecisions(restDecisions);
            Round u = uiRound(uiDecisions);
            closeDecisions(uiDecisions);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            String line = String.format(Locale.ROOT, "round %d%s: bare %.0f/s (p95 %s ms), REST %.0f/s (p95 %s ms), "
                            + "Vaadin %.0f/s (p95 %s ms); load average %.2f", round, round == 0 ? " (warm-up)" : "",
                    b.rate(), Stats.f(b.stats().p95()), r.rate(), Stats.f(r.stats().p95()), u.rate(),
                    Stats.f(u.stats().p95()), load) + String.format(Locale.ROOT, "; JVM CPU ms per vote: bare %s, "
                    + "REST %s, Vaadin %s", Stats.f(b.cpuPerVote()), Stats.f(r.cpuPerVote()), Stats.f(u.cpuPerVote()));
            System.out.println("[bench] " + line);
            roundLines.add(line);
            if (round > 0) {
                bareRates.add(b.rate());
                restRates.add(r.rate());
                uiRates.add(u.rate());
                bareAll.addAll(b.latencies());
                restAll.addAll(r.latencies());
                uiAll.addAll(u.latencies());
                loads.add(load);
                cpu.get(0).add(b.cpuPerVote());
                cpu.get(1).add(r.cpuPerVote());
                cpu.get(2).add(u.cpuPerVote());
            }
        }
        report(bareRates, restRates, uiRates, bareAll, restAll, uiAll, roundLines, loads, cpu);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Set-up: twenty voting member organisations, a representative of each with an API token and a signed-in session

    private void members() throws Exception {
        fixtures.signIn("admin");
        for (int m = 1; m <= MEMBERS; m++) {
            String code = String.format(Locale.ROOT, "HV%02d", m);
            Long id = organisations.createOrganisation(code, "Voting member " + m, OrganisationKind.NGO_NETWORK);
            organisations.join(id, true);
            users.create(new UserAdministration.NewUser(username(code), "Representative " + code, null, id,
                    Role.WG_MEMBER, "en", PASSWORD));
            codes.add(code);
        }
        for (int m = 0; m < MEMBERS; m++) {
            fixtures.signIn(username(codes.get(m)));
            tokens.add(apiTokens.create(TokenKind.API, "load run").secret());
        }
        fixtures.signOut();
        for (int m = 0; m < MEMBERS; m++) {
            UiSession session = new UiSession(port);
            session.login(username(codes.get(m)), PASSWORD);
            sessions.add(session);
        }
    }

    private static String username(String code) {
        return "hv.member" + code.substring(2);
    }

    /**
     * A new plan whose responses are decided by "no objection", with twenty recommendations whose proposed response
     * is open for the group: twenty decisions, each with an open task for every voting member.
     */
    private List<Long> openDecisions() {
        String code = "HTTPVOTE-" + planNumber.incrementAndGet();
        StringBuilder recs = new StringBuilder("code,title,theme,coordination_level,scope,countries,depends_on,"
                + "full_text\n");
        for (int i = 1; i <= DECISIONS; i++) {
            recs.append("R").append(i).append(",Voted on under load ").append(i)
                    .append(",Load,BOTH,REGIONAL,,,\"The words of the study.\"\n");
        }
        importer.importPlan(Fixtures.csv("code,title,source,published_on,languages,time_zone\n" + code
                + ",Votes under load " + code + ",Load study,2024-07-16,en,America/Panama\n"), Fixtures.csv(recs.toString()));
        Long planId = plans.findByCode(code).orElseThrow().getId();
        fixtures.signIn("secretariat");
        PlanSettingsAdministration.PlanSettings settings = planSettings.of(planId);
        Map<DecisionType, PlanDecisionRules.Setting> rules = new HashMap<>(settings.rules());
        PlanDecisionRules.Setting response = rules.get(DecisionType.RESPONSE);
        rules.put(DecisionType.RESPONSE, new PlanDecisionRules.Setting(DecisionRule.NO_OBJECTION,
                response.quorumPercent(), response.periodDays(), response.reminderDays()));
        planSettings.change(planId, new PlanSettingsAdministration.PlanSettings(settings.deadlines(), rules,
                settings.reportingPeriod()));
        List<Long> ids = recommendations.list(planId).stream().map(r -> r.id()).toList();
        TaskService engineTasks = engine.getTaskService();
        for (Long id : ids) {
            recommendations.putOnAgenda(id);
            tasks.proposeResponse(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                    .taskDefinitionKey("Task_ProposeResponse").singleResult().getId(), GroupResponse.ACCEPTED, null,
                    "2026-H2");
        }
        fixtures.signOut();
        return ids;
    }

    /** The decision process instance of the recommendation's response. */
    private String decisionInstance(Long recommendation) {
        String implementation = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(recommendation), "recommendation-implementation")
                .singleResult().getId();
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(implementation)
                .singleResult().getId();
    }

    /** taskIds[d][m]: member m's open task on decision d, as a client would have read it from its task list. */
    private String[][] voteTasks(List<Long> decisions) {
        String[][] ids = new String[DECISIONS][MEMBERS];
        for (int d = 0; d < DECISIONS; d++) {
            String instance = decisionInstance(decisions.get(d));
            for (int m = 0; m < MEMBERS; m++) {
                ids[d][m] = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                        .taskDefinitionKey("Task_ConsiderObjection").taskCandidateGroup("wg:" + codes.get(m))
                        .singleResult().getId();
            }
        }
        return ids;
    }

    /** wg.ocha objects to each decision: it closes at once, and leaves the Approvals page. */
    private void closeDecisions(List<Long> decisions) {
        for (Long id : decisions) {
            fixtures.signIn("wg.ocha");
            tasks.vote(fixtures.taskOf("wg.ocha", id, WorkItemKind.CONSIDER_OBJECTION), VoteChoice.REJECT,
                    "Closes the load run's decision");
        }
        fixtures.signOut();
    }

    /** The bare engine with the application's voters (every group of the first decision's tasks) and rule. */
    private void startBareEngine(Long firstDecision) throws Exception {
        TreeSet<String> groups = new TreeSet<>();
        for (var task : engine.getTaskService().createTaskQuery().processInstanceId(decisionInstance(firstDecision))
                .taskDefinitionKey("Task_ConsiderObjection").list()) {
            for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        bareGroups = List.copyOf(groups);
        bare = new BareEngine(PostgresTestDatabase.recreate(DATABASE + "_bare"), PostgresTestDatabase.user(),
                PostgresTestDatabase.password(), SETTINGS,
                new BareEngine.Voters(bareGroups, false), "NO_OBJECTION");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The three runs

    /** A round's votes per second of wall time, each vote's latency, and the JVM's CPU time per vote (ms). */
    record Round(double rate, List<Double> latencies, Stats stats, double cpuPerVote) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private interface Vote {
        void cast(int member, int decision) throws Exception;
    }

    /** Twenty threads, one per member, started together; member m votes on (m + k) mod 20 at its step k. */
    private static Round run(Vote vote) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService members = Executors.newFixedThreadPool(MEMBERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                int member = m;
                running.add(members.submit(() -> {
                    start.await();
                    for (int k = 0; k < DECISIONS; k++) {
                        long t0 = System.nanoTime();
                        vote.cast(member, (member + k) % DECISIONS);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            long cpu0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> member : running) {
                member.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Double> all = new ArrayList<>(latencies);
            return new Round(all.size() / seconds, all, Stats.of(all), (OS.getProcessCpuTime() - cpu0) / 1e6 / all.size());
        } finally {
            members.shutdown();
        }
    }

    private Round bareRound() throws Exception {
        TaskService bareTasks = bare.engine.getTaskService();
        String[][] ids = new String[DECISIONS][MEMBERS];
        for (int d = 0; d < DECISIONS; d++) {
            long key = bareKeys.getAndIncrement();
            String instance = bare.engine.getRuntimeService().startProcessInstanceByKey(
                    "recommendation-implementation", String.valueOf(key), Map.of("recommendationId", key)).getId();
            bareTasks.complete(bareTasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            String decision = bare.engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(instance).singleResult().getId();
            for (int m = 0; m < MEMBERS; m++) {
                ids[d][m] = bareTasks.createTaskQuery().processInstanceId(decision)
                        .taskDefinitionKey("Task_ConsiderObjection").taskCandidateGroup("wg:" + codes.get(m))
                        .singleResult().getId();
            }
        }
        // two members' votes on one decision both update its multi-instance counters: the loser of the race is tried
        // again, as MyTaskService.vote does in the application
        Round round = run((m, d) -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    bareTasks.complete(ids[d][m]);
                    return;
                } catch (OptimisticLockingException raced) {
                    bareRetries.incrementAndGet();
                    if (attempt == 10) {
                        throw raced;
                    }
                }
            }
        });
        assertThat(bareTasks.createTaskQuery().taskDefinitionKey("Task_ConsiderObjection")
                .taskCandidateGroup("wg:" + codes.get(0)).count()).isZero();
        return round;
    }

    private Round restRound(List<Long> decisions) throws Exception {
        String[][] ids = voteTasks(decisions);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Round round = run((m, d) -> {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/tasks/" + ids[d][m] + "/vote"))
                    .header("Authorization", "Bearer " + tokens.get(m))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"APPROVE\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new AssertionError("vote of " + codes.get(m) + ": " + answer.statusCode() + " " + answer.body());
            }
        });
        assertThat(votesOn(decisions)).isEqualTo(MEMBERS * DECISIONS);
        return round;
    }

    private Round uiRound(List<Long> decisions) throws Exception {
        List<Long> decisionIds = decisions.stream().map(r -> jdbc.queryForObject(
                "select id from wg_decision where recommendation_id = ? and status = 'OPEN'", Long.class, r)).toList();
        for (UiSession session : sessions) {
            session.open("approvals");
        }
        Round round = run((m, d) -> sessions.get(m).click("approve-" + decisionIds.get(d)));
        assertThat(votesOn(decisions)).isEqualTo(MEMBERS * DECISIONS);
        return round;
    }

    /** Votes recorded on these recommendations' decisions by the benchmark's members. */
    private int votesOn(List<Long> recommendations) {
        String in = String.join(",", recommendations.stream().map(String::valueOf).toList());
        return jdbc.queryForObject("select count(*) from wg_vote v join wg_decision d on d.id = v.decision_id "
                + "join organisation o on o.id = v.organisation_id where o.code like 'HV%' and d.recommendation_id in ("
                + in + ")", Integer.class);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void report(List<Double> bareRates, List<Double> restRates, List<Double> uiRates, List<Double> bareAll,
                        List<Double> restAll, List<Double> uiAll, List<String> roundLines, List<Double> loads,
                        List<List<Double>> cpu) throws IOException {
        Stats bareRate = Stats.of(bareRates);
        Stats restRate = Stats.of(restRates);
        Stats uiRate = Stats.of(uiRates);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Votes over HTTP, db=%s, %d members × %d decisions = %d votes per run, "
                        + "%d measured rounds after one warm-up, %d cores, Java %s, load average %s, %.0f s%n%n",
                SETTINGS.db, MEMBERS, DECISIONS, MEMBERS * DECISIONS, SETTINGS.rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Stats.of(loads).spread(), (System.nanoTime() - began) / 1e9));
        out.append("| path | votes/s: median of rounds (spread) | latency ms: median | p95 | max | ratio to bare "
                + "(throughput) | JVM CPU ms per vote (spread) | votes per s of one core's CPU |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        out.append(row("bare engine (TaskService.complete, " + bareGroups.size() + " voters, 20 threads)", bareRate,
                Stats.of(bareAll), bareRate, Stats.of(cpu.get(0))));
        out.append(row("REST: POST /api/v1/tasks/{id}/vote with a bearer token", restRate, Stats.of(restAll),
                bareRate, Stats.of(cpu.get(1))));
        out.append(row("Vaadin: click on Approve (UIDL request) in a signed-in session", uiRate, Stats.of(uiAll),
                bareRate, Stats.of(cpu.get(2))));
        out.append(String.format(Locale.ROOT, "%nBare votes tried again after losing a race on their decision: %d "
                + "in all rounds.%n%n", bareRetries.get()));
        roundLines.forEach(line -> out.append("- ").append(line).append('\n'));
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench-http-votes-" + SETTINGS.db + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** CPU per vote is the whole JVM's: the server's threads and the driver's (its HTTP client, its UIDL parsing). */
    private static String row(String path, Stats rate, Stats latency, Stats bareRate, Stats cpu) {
        return String.format(Locale.ROOT, "| %s | %.0f (%s) | %s | %s | %s | %s | %s (%s) | %.0f |%n", path,
                rate.median(), rate.spread(), Stats.f(latency.median()), Stats.f(latency.p95()),
                Stats.f(latency.max()), Stats.f(rate.median() / bareRate.median()), Stats.f(cpu.median()),
                cpu.spread(), 1000 / cpu.median());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * One browser's conversation with Vaadin, without the browser: its cookie (the HTTP session), the UI it has open,
     * the session's CSRF token, the last sync id the server sent and the next client id, and the state nodes of the
     * elements with an id, as the client engine keeps them. A click is the UIDL request the client engine sends for
     * it.
     */
    static final class UiSession {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

        private final int port;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        private final Map<String, Integer> nodes = new HashMap<>();
        private String csrf;
        private int uiId;
        private int syncId;
        private int clientId;

        UiSession(int port) {
            this.port = port;
        }

        void login(String username, String password) throws Exception {
            HttpResponse<String> page = get("/login");
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("CSRF token on the login page").isTrue();
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&_csrf=" + encode(token.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
                    .doesNotContain("error").doesNotContain("login");
        }

        /**
         * Opens the view in a new UI, as a browser loading the page does: the page, the UI's bootstrap
         * ({@code v-r=init}), then the client engine's navigation event to the route, whose answer holds the view.
         */
        void open(String route) throws Exception {
            nodes.clear();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/" + route))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("page " + route).isEqualTo(200);
            String text = get("/?v-r=init&location=" + encode(route) + "&query=").body();
            JsonNode init = uidlIn(text);
            Matcher ui = UI_ID.matcher(text);
            assertThat(ui.find()).as("UI id in " + route).isTrue();
            uiId = Integer.parseInt(ui.group(1));
            csrf = init.path("Vaadin-Security-Key").asText();
            syncId = init.path("syncId").asInt();
            clientId = init.path("clientId").asInt(0);
            collectIds(init);
            ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                    .put("trigger", "");
            data.set("historyState", JSON.createObjectNode().put("idx", 0));
            String navigated = send(event(1, "ui-navigate", data), "navigation to " + route);
            if (nodes.keySet().stream().noneMatch(id -> id.startsWith("approve-"))) {
                Files.writeString(Path.of("target", "http-votes-page.txt"), text + "\n\n" + navigated);
                throw new AssertionError("no Approve button after navigating to " + route
                        + " (written to target/http-votes-page.txt)");
            }
        }

        /** The click on the element with that id, as the client engine sends it; fails on an error answer. */
        void click(String elementId) throws Exception {
            Integer node = nodes.get(elementId);
            if (node == null) {
                throw new AssertionError("no element " + elementId + " in the UI");
            }
            ObjectNode data = JSON.createObjectNode();
            for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                    "event.detail", "event.button")) {
                data.put(key, key.equals("event.detail") ? 1 : 0);
            }
            for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
                data.put(key, false);
            }
            send(event(node, "click", data), "click on " + elementId);
        }

        private static ObjectNode event(int node, String name, ObjectNode data) {
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
            event.set("data", data);
            return event;
        }

        /** One UIDL request with that RPC; keeps the sync and client ids and the new elements' nodes. */
        private String send(ObjectNode rpc, String what) throws Exception {
            ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf);
            body.set("rpc", JSON.createArrayNode().add(rpc));
            body.put("syncId", syncId).put("clientId", clientId);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = answer.body();
            if (answer.statusCode() != 200 || !text.startsWith("for(;;);")) {
                throw new AssertionError(what + ": " + answer.statusCode() + " " + text);
            }
            JsonNode uidl = JSON.readTree(text.substring("for(;;);".length())).get(0);
            if (uidl.path("meta").has("appError") || uidl.path("meta").has("sessionExpired") || !uidl.has("syncId")) {
                throw new AssertionError(what + " refused: " + text);
            }
            syncId = uidl.get("syncId").asInt();
            clientId = uidl.path("clientId").asInt(clientId + 1);
            collectIds(uidl);
            return text;
        }

        private void collectIds(JsonNode uidl) {
            for (JsonNode change : uidl.path("changes")) {
                if ("put".equals(change.path("type").asText()) && "id".equals(change.path("key").asText())
                        && change.path("value").isTextual()) {
                    nodes.put(change.get("value").asText(), change.get("node").asInt());
                }
            }
        }

        /** The UIDL object in the init answer: the object holding the session's CSRF token. */
        private static JsonNode uidlIn(String text) throws IOException {
            int key = text.indexOf("\"Vaadin-Security-Key\"");
            assertThat(key).as("the session's CSRF token in the first UIDL").isPositive();
            int start = text.lastIndexOf("\"uidl\"", key);
            start = text.indexOf('{', start);
            return JSON.readTree(text.substring(start, objectEnd(text, start) + 1));
        }

        /** The index of the brace that closes the object opening at {@code start}, skipping strings. */
        private static int objectEnd(String text, int start) {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("unterminated object");
        }

        private HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
