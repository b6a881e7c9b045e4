package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.mixedmovements.tracker.PostgresTestDatabase;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.compliance.ActNowQueries;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ScorecardQueries;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark of the performance issue: each scenario through the application and, in the same run, the same BPMN
 * on the bare engine ({@link BareEngine}), so each figure is a ratio. Run by {@code mvn -Pbench verify} (never by the
 * normal test run: the class name does not end in Test). Prints a table and writes it to
 * {@code target/bench-results-<db>.md}. Knobs: {@code -Dbench.scale=0.1} (a quick run), {@code -Dbench.db=postgres},
 * {@code -Dbench.rounds=3}. See docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "bench"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceBench {

    static final BenchSettings SETTINGS = new BenchSettings();
    /** Threads of the throughput measurement: one per core of the project's machine. */
    private static final int THREADS_IN_PARALLEL = 2;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (SETTINGS.postgres()) {
            PostgresTestDatabase.useAsDataSource(registry, PostgresTestDatabase.recreate("tracker_bench"));
        }
    }

    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired DashboardService dashboard;
    @Autowired ActNowQueries actNow;
    @Autowired TrendService trends;
    @Autowired ScorecardQueries scorecards;
    @Autowired Fixtures fixtures;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private BareEngine bare;
    private final List<String> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final AtomicLong bareKeys = new AtomicLong(1);
    private final long began = System.nanoTime();

    @BeforeAll
    void start() throws Exception {
        jobExecutor().shutdown();
        String url;
        if (SETTINGS.postgres()) {
            url = PostgresTestDatabase.recreate("tracker_bench_bare");
        } else {
            url = "jdbc:h2:mem:bare-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64";
        }
        bare = new BareEngine(url, SETTINGS.postgres() ? "postgres" : "sa", "", SETTINGS);
        table.add("| scenario | bare engine: median ms (p95; round medians) | application: median ms (p95; round medians) "
                + "| ratio app/bare (wall) | CPU ms app / bare = ratio | application per s, wall (round spread) "
                + "| application per s of one core's CPU | target |");
        table.add("|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "[bench] db=%s scale=%s rounds=%d cores=%d%n", SETTINGS.db, SETTINGS.scale,
                SETTINGS.rounds, Runtime.getRuntime().availableProcessors());
    }

    @AfterAll
    void report() throws IOException {
        bare.close();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Benchmark, db=%s, scale=%s, rounds=%d, %d cores, Java %s, %.0f s%n%n",
                SETTINGS.db, SETTINGS.scale, SETTINGS.rounds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), (System.nanoTime() - began) / 1e9));
        table.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        notes.forEach(line -> out.append("- ").append(line).append('\n'));
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench-results-" + SETTINGS.db + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Starting a recommendation's implementation

    @Test
    @Order(1)
    void startingARecommendationsImplementation() {
        int n = SETTINGS.scaled(300, 20);
        List<Long> ids = importRecommendations("BENCH-START", n * (SETTINGS.rounds + 2));
        RuntimeService bareRuntime = bare.engine.getRuntimeService();
        fixtures.signIn("secretariat");
        Comparison c = compare(n,
                i -> {
                    long key = bareKeys.getAndIncrement();
                    bareRuntime.startProcessInstanceByKey("recommendation-implementation", String.valueOf(key),
                            Map.of("recommendationId", key));
                },
                i -> recommendations.putOnAgenda(ids.get((int) i)));
        c.row("start a recommendation's implementation (put on the agenda: process, row, audit)", "≤ 2x, ≥ 100/s");
        c.throughput("start", "secretariat", "≥ 100/s");
        assertThat(openTasks("Task_ProposeResponse", ids.get(ids.size() - 1))).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. The vote that settles a decision

    @Test
    @Order(2)
    void theVoteThatSettlesADecision() {
        int n = SETTINGS.scaled(150, 10);
        int total = n * (SETTINGS.rounds + 2);
        List<Long> ids = importRecommendations("BENCH-VOTE", total);
        TaskService engineTasks = engine.getTaskService();
        List<String> lastVotes = new ArrayList<>();
        for (Long id : ids) {
            fixtures.signIn("secretariat");
            recommendations.putOnAgenda(id);
            tasks.proposeResponse(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                    .taskDefinitionKey("Task_ProposeResponse").singleResult().getId(), GroupResponse.ACCEPTED, null,
                    "2025-H2");
            for (String[] member : new String[][] {{"chair", "IOM"}, {"wg.unhcr", "UNHCR"}, {"wg.ocha", "OCHA"}}) {
                fixtures.signIn(member[0]);
                tasks.vote(voteTask(member[1], id).getId(), VoteChoice.APPROVE, null);
            }
            lastVotes.add(voteTask("IFRC", id).getId());
        }
        TaskService bareTasks = bare.engine.getTaskService();
        List<String> bareVotes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long key = bareKeys.getAndIncrement();
            String instance = bare.engine.getRuntimeService().startProcessInstanceByKey("recommendation-implementation",
                    String.valueOf(key), Map.of("recommendationId", key)).getId();
            bareTasks.complete(bareTasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            String decision = bare.engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(instance).singleResult().getId();
            bareVotes.add(bareTasks.createTaskQuery().processInstanceId(decision).taskDefinitionKey("Task_CastVote")
                    .taskCandidateGroup("wg:IFRC").singleResult().getId());
        }
        fixtures.signIn("wg.ifrc");
        Comparison c = compare(n,
                i -> bareTasks.complete(bareVotes.get((int) i)),
                i -> tasks.vote(lastVotes.get((int) i), VoteChoice.APPROVE, null));
        c.row("the vote that settles a decision (4th of 6 votes; decision closed, response applied, next task)",
                "≤ 1.5x, ≥ 100/s");
        c.throughput("settling vote", "wg.ifrc", "≥ 100/s");
        assertThat(openTasks("Task_NameLeadOrganisation", ids.get(ids.size() - 1))).isEqualTo(1);
    }

    /**
     * The organisation's open vote on the recommendation's decision: found through the decision's process instance
     * (called from the implementation process, whose business key is the recommendation's id), by indexed columns; a
     * query by process variable would scan every open task and make the set-up quadratic.
     */
    private Task voteTask(String organisation, Long recommendation) {
        String implementation = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(recommendation), "recommendation-implementation")
                .singleResult().getId();
        String decision = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(implementation).singleResult().getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(decision)
                .taskDefinitionKey("Task_CastVote").taskCandidateGroup("wg:" + organisation).singleResult();
        assertThat(task).as("open vote of %s on %s", organisation, recommendation).isNotNull();
        return task;
    }

    private long openTasks(String definitionKey, Long recommendation) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(definitionKey)
                .processVariableValueEquals("recommendationId", recommendation).count();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. The dashboard over 16,000 and 160,000 milestones, against the same figures from Camunda's history

    @Test
    @Order(3)
    void theDashboardOverTheGeneratedPlans() {
        String followUp = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("milestone-follow-up").latestVersion().singleResult().getId();
        BenchData data = new BenchData(jdbc, followUp);
        int full = Math.max(2, (int) Math.round(50 * SETTINGS.dataScale));
        for (int size : new int[] {Math.max(1, full / 10), full}) {
            long t0 = System.nanoTime();
            data.growTo(size);
            if (SETTINGS.postgres()) {
                jdbc.execute("analyze");
            }
            notes.add(String.format(Locale.ROOT, "generated %d plans (%,d milestones) by bulk SQL in %.1f s", size,
                    size * BenchData.MILESTONES_PER_PLAN, (System.nanoTime() - t0) / 1e9));
            fixtures.signIn("secretariat");
            int requests = SETTINGS.requests;
            Random random = new Random(size);
            int[] planOf = random.ints(requests * (SETTINGS.rounds + 1), 0, size).toArray();
            Comparison c = compare(requests,
                    i -> historyFigures(data, planOf[(int) i]),
                    i -> dashboardRequest(data, planOf[(int) i]));
            c.row(String.format(Locale.ROOT, "dashboard request of one plan, %,d milestones in all "
                    + "(bare = done/open counts from Camunda history)", size * BenchData.MILESTONES_PER_PLAN),
                    "p95 ≤ 100 ms");
        }
    }

    /**
     * What DashboardView asks for one load: the link's selection, the filters, who must act now, the figures (whose
     * overdue count the view shows), the trend, the scorecard, the count of coming deadlines, and the first page (50
     * rows, Grid's page size) of both lists.
     */
    private void dashboardRequest(BenchData data, int plan) {
        DashboardSelection selection = dashboard.select(Map.of(DashboardSelection.PLAN, data.planCode(plan)));
        dashboard.choices(selection.plan().getId());
        actNow.forPlan(selection.plan().getId());
        dashboard.snapshot(selection);
        trends.trend(selection.plan());
        scorecards.of(selection);
        ComplianceFilter filter = selection.filter();
        dashboard.overdue(filter, PageRequest.of(0, 50));
        dashboard.countDueSoon(filter);
        dashboard.dueSoon(filter, PageRequest.of(0, 50));
    }

    /** The part of the same figures Camunda's history can give: milestones in all, done and open, for one plan. */
    private void historyFigures(BenchData data, int plan) {
        String[] keys = data.businessKeys(plan).toArray(String[]::new);
        var history = engine.getHistoryService();
        history.createHistoricProcessInstanceQuery().processDefinitionKey("milestone-follow-up")
                .processInstanceBusinessKeyIn(keys).count();
        history.createHistoricProcessInstanceQuery().processDefinitionKey("milestone-follow-up")
                .processInstanceBusinessKeyIn(keys).finished().count();
        history.createHistoricProcessInstanceQuery().processDefinitionKey("milestone-follow-up")
                .processInstanceBusinessKeyIn(keys).unfinished().count();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. 10,000 deadline timers due at the same time

    @Test
    @Order(4)
    void tenThousandDeadlineTimersDueAtOnce() throws InterruptedException {
        assumeFalse(SETTINGS.postgres(), "timers are measured on H2 only");
        int count = SETTINGS.scaled(10_000, 200);
        String followUp = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("milestone-follow-up").latestVersion().singleResult().getId();
        List<Long> milestones = new BenchData(jdbc, followUp).timerMilestones(count);
        RuntimeService bareRuntime = bare.engine.getRuntimeService();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bareRuntime.startProcessInstanceByKey("milestone-deadlines", Map.of("milestoneId", (long) i));
        }
        double bareSetup = (System.nanoTime() - t0) / 1e9;
        RuntimeService runtime = engine.getRuntimeService();
        t0 = System.nanoTime();
        for (Long milestone : milestones) {
            runtime.startProcessInstanceByKey("milestone-deadlines", Map.of("milestoneId", milestone));
        }
        double appSetup = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format(Locale.ROOT, "timers: starting %,d deadline processes took %.1f s bare, %.1f s in the "
                + "application (not in the figure)", count, bareSetup, appSetup));
        assertThat(dueTimers(bare.engine.getManagementService())).isEqualTo(count);
        assertThat(dueTimers(engine.getManagementService())).isEqualTo(count);

        double bareSeconds = drain(bare.jobExecutor, bare.engine.getManagementService(), count);
        double appSeconds = drain(jobExecutor(), engine.getManagementService(), count);
        Integer reminders = jdbc.queryForObject("select count(*) from milestone_deadline_event where kind = 'REMINDER'"
                + " and milestone_id >= ?", Integer.class, milestones.get(0));
        assertThat(reminders).isEqualTo(count);
        table.add(String.format(Locale.ROOT, "| %,d reminder timers due at once, until every one has run (s) | %s | %s "
                        + "| %s | - | %.0f timers/s | - | ≤ 1.5x, ≤ 60 s |", count, Stats.f(bareSeconds),
                Stats.f(appSeconds), Stats.f(appSeconds / bareSeconds), count / appSeconds));
    }

    private static long dueTimers(ManagementService management) {
        return management.createJobQuery().timers().executable().count();
    }

    private static double drain(JobExecutor executor, ManagementService management, int count)
            throws InterruptedException {
        long t0 = System.nanoTime();
        executor.start();
        try {
            while (dueTimers(management) > 0) {
                Thread.sleep(100);
                if (System.nanoTime() - t0 > 600e9) {
                    throw new AssertionError("timers not done in 10 minutes: " + dueTimers(management) + " left");
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            executor.shutdown();
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. Live heap per signed-in UI session on the dashboard (Karibu-Testing sessions)

    @Test
    @Order(5)
    void heapPerDashboardSession() {
        assumeFalse(SETTINGS.postgres(), "heap is measured on H2 only");
        int n = 20;
        Routes routes = UiTest.routes();
        long empty = sessionsHeld(n, routes, false);
        long withDashboard = sessionsHeld(n, routes, true);
        table.add(String.format(Locale.ROOT, "| live heap per signed-in session on the dashboard of a 3,200-milestone "
                        + "plan (%d Karibu sessions, heap after GC) | empty session with its mock servlet: %.0f KB | "
                        + "with the dashboard: %.0f KB | dashboard view alone: %.0f KB | - | - | - | ≤ 1 MB |", n,
                empty / 1024.0 / n, withDashboard / 1024.0 / n, (withDashboard - empty) / 1024.0 / n));
    }

    /** Heap after GC held by {@code n} live sessions (each signed in, each with its UI), minus the heap before. */
    private long sessionsHeld(int n, Routes routes, boolean dashboardShown) {
        List<Object> held = new ArrayList<>();
        long before = heapAfterGc();
        for (int i = 0; i < n; i++) {
            TrackerUser user = fixtures.signIn("secretariat");
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            if (dashboardShown) {
                UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("plan", "BENCH-0")));
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isNotEmpty();
            }
            held.add(VaadinSession.getCurrent());
            held.add(UI.getCurrent());
        }
        long after = heapAfterGc();
        VaadinSession first = (VaadinSession) held.get(0);
        notes.add(String.format(Locale.ROOT, "heap: %d sessions (%s) hold %.1f MB; the first session still has %d UI(s)",
                n, dashboardShown ? "dashboard shown" : "no view", (after - before) / 1048576.0, first.getUIs().size()));
        MockVaadin.tearDown();
        fixtures.signOut();
        held.clear();
        return after - before;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<Long> importRecommendations(String planCode, int count) {
        StringBuilder recs = new StringBuilder("code,title,theme,coordination_level,scope,countries,depends_on,full_text\n");
        for (int i = 1; i <= count; i++) {
            recs.append("R").append(i).append(",Benchmark recommendation ").append(i)
                    .append(",Benchmark,BOTH,REGIONAL,,,\"Generated text ").append(i).append(".\"\n");
        }
        importer.importPlan(Fixtures.csv("code,title,source,published_on,languages,time_zone\n" + planCode
                        + ",Benchmark " + planCode + ",Benchmark,2024-07-16,en,America/Panama\n"),
                Fixtures.csv(recs.toString()));
        Long planId = plans.findByCode(planCode).orElseThrow().getId();
        return recommendations.list(planId).stream().map(r -> r.id()).toList();
    }

    /**
     * Runs one warm-up round and {@code rounds} measured rounds of {@code n} operations, bare and application
     * alternately (so that noise from the other builds on the machine falls on both), timing each operation.
     */
    private Comparison compare(int n, LongConsumer bareOp, LongConsumer appOp) {
        List<Double> bareAll = new ArrayList<>();
        List<Double> appAll = new ArrayList<>();
        List<Double> bareRounds = new ArrayList<>();
        List<Double> appRounds = new ArrayList<>();
        List<Double> appRates = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> appCpu = new ArrayList<>();
        for (int round = 0; round <= SETTINGS.rounds; round++) {
            List<Double> bc = new ArrayList<>();
            List<Double> ac = new ArrayList<>();
            List<Double> b = time(n, round, bareOp, bc);
            List<Double> a = time(n, round, appOp, ac);
            if (round > 0) {
                bareCpu.addAll(bc);
                appCpu.addAll(ac);
                bareAll.addAll(b);
                appAll.addAll(a);
                bareRounds.add(Stats.of(b).median());
                appRounds.add(Stats.of(a).median());
                appRates.add(n / (a.stream().mapToDouble(Double::doubleValue).sum() / 1000));
            }
        }
        return new Comparison(n, bareOp, appOp, Stats.of(bareAll), Stats.of(appAll), Stats.of(bareRounds),
                Stats.of(appRounds), Stats.of(appRates), Stats.of(bareCpu), Stats.of(appCpu));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Times each operation (wall clock); adds the calling thread's CPU time of each to {@code cpu}. */
    private static List<Double> time(int n, int round, LongConsumer op, List<Double> cpu) {
        List<Double> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            op.accept((long) round * n + i);
            times.add((System.nanoTime() - t0) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        return times;
    }

    /**
     * Operations per second of wall-clock time when {@code THREADS_IN_PARALLEL} threads (one per core) share the
     * operations {@code from} to {@code from + n - 1}, each thread signed in as {@code user}.
     */
    private double parallelRate(int n, long from, String user, LongConsumer op) {
        AtomicLong next = new AtomicLong(from);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS_IN_PARALLEL);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS_IN_PARALLEL; t++) {
                running.add(pool.submit(() -> {
                    fixtures.signIn(user);
                    for (long i = next.getAndIncrement(); i < from + n; i = next.getAndIncrement()) {
                        op.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("parallel run failed", e);
        } finally {
            pool.shutdown();
        }
    }

    private final class Comparison {
        final int n;
        final LongConsumer bareOp, appOp;
        final Stats bare, app, bareRounds, appRounds, appRates, bareCpu, appCpu;

        Comparison(int n, LongConsumer bareOp, LongConsumer appOp, Stats bare, Stats app, Stats bareRounds,
                   Stats appRounds, Stats appRates, Stats bareCpu, Stats appCpu) {
            this.n = n;
            this.bareOp = bareOp;
            this.appOp = appOp;
            this.bareCpu = bareCpu;
            this.appCpu = appCpu;
            this.bare = bare;
            this.app = app;
            this.bareRounds = bareRounds;
            this.appRounds = appRounds;
            this.appRates = appRates;
        }

        void row(String scenario, String target) {
            String line = String.format(Locale.ROOT,
                    "| %s | %s (p95 %s; %s) | %s (p95 %s; %s) | %s | %s / %s = %s | %.0f (%s) | %.0f | %s |",
                    scenario, Stats.f(bare.median()), Stats.f(bare.p95()), bareRounds.spread(), Stats.f(app.median()),
                    Stats.f(app.p95()), appRounds.spread(), Stats.f(app.median() / bare.median()),
                    Stats.f(appCpu.median()), Stats.f(bareCpu.median()), Stats.f(appCpu.median() / bareCpu.median()),
                    appRates.median(), appRates.spread(), 1000 / appCpu.median(), target);
            table.add(line);
            System.out.println("[bench] " + line);
        }

        /** The next n operations again, on {@code THREADS_IN_PARALLEL} threads at once: throughput on all cores. */
        void throughput(String scenario, String user, String target) {
            long from = (long) (SETTINGS.rounds + 1) * n;
            double bareRate = parallelRate(n, from, user, bareOp);
            double appRate = parallelRate(n, from, user, appOp);
            String line = String.format(Locale.ROOT, "| %s, %d threads at once (%d operations; wall-clock throughput) "
                            + "| %.0f/s | %.0f/s | %s (bare/app) | - | %.0f/s | - | %s |", scenario, THREADS_IN_PARALLEL,
                    n, bareRate, appRate, Stats.f(bareRate / appRate), appRate, target);
            table.add(line);
            System.out.println("[bench] " + line);
        }
    }
}
