package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the production build in a child JVM on a fresh H2 file database with the demo profile, started two ways
 * in the same run: <b>today's</b>, as the README started it until issue 24 ({@code java -jar <jar>}, no options), and
 * the <b>improved</b> one ({@code target/tracker/start-tracker.sh}: the jar extracted as Spring Boot documents, with the
 * class-data-sharing archive of the build's training run). One first start on the empty database, today's way
 * (migrations, the engine's tables, the study's plan, the demo accounts and the demo state of work; not compared), then
 * {@code bench.restarts} pairs of restarts on the same database (default 3), strictly alternating (today, improved,
 * today, improved, ...) so that the load of a shared machine falls on both alike; each stopped with SIGTERM before the
 * next. Per run: the wall time from the launch until {@code /login} answers HTTP 200 (polled every 100 ms), what
 * Spring logs as "Started ... in X seconds", the time until the application is ready (every start-up runner done: the
 * job executor starts), the CPU the child used and the machine's load average when it was launched. Reports the
 * medians of each way and their ratio (improved / today). Run by {@code mvn -Pproduction,bench verify} after the jar
 * and its folder are built (phase integration-test); never by the normal test run. Prints a table and writes it to
 * {@code target/bench-startup.md}. See docs/performance.md, "Start-up".
 */
class ProductionStartupBench {

    private static final int PAIRS = Integer.getInteger("bench.restarts", 3);
    private static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("bench.startup.timeout.minutes", 15));

    private record Run(String name, String way, String load, double login, double started, double processRunning,
                       double ready, double cpuAtLogin, double cpuAtReady, boolean productionMode) {
    }

    @Test
    void theImprovedStartAnswersItsLoginPageInAFractionOfTodaysTimeMeasuredAlternatelyInOneRun() throws Exception {
        Path jar = ProductionJar.find();
        ProductionJar.Build build = ProductionJar.build(jar);
        ProductionJar.Launch today = ProductionJar.Launch.javaJar(jar);
        ProductionJar.Launch improved = ProductionJar.Launch.startScript(ProductionJar.startScript(jar));
        String loadBefore = ProductionJar.loadAverage();
        Path directory = Files.createTempDirectory("tracker-startup");
        // the demo profile's URL (application-demo.properties), on a database of this run's own
        String url = "jdbc:h2:file:" + directory.resolve("tracker-demo").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        List<Run> runs = new ArrayList<>();
        long began = System.nanoTime();
        try {
            runs.add(measure(today, jar, url, 0, "first start (empty database)", true));
            for (int pair = 1; pair <= PAIRS; pair++) {
                runs.add(measure(today, jar, url, 2 * pair - 1, "restart " + pair, false));
                runs.add(measure(improved, jar, url, 2 * pair, "restart " + pair, false));
            }
        } finally {
            ProductionJar.deleteDirectory(directory);
        }
        List<Run> todays = runs.subList(1, runs.size()).stream().filter(r -> r.way.equals(today.name())).toList();
        List<Run> improveds = runs.stream().filter(r -> r.way.equals(improved.name())).toList();
        double ratio = stats(improveds, Run::login).median() / stats(todays, Run::login).median();
        report(jar, build, runs, todays, improveds, loadBefore, ProductionJar.loadAverage(),
                (System.nanoTime() - began) / 1e9);
        assertThat(runs).as("every run logs \"%s\"; was a development build started? (%s)",
                ProductionJar.PRODUCTION_MODE, build.evidence()).allMatch(Run::productionMode);
        assertThat(ratio).as("the improved start's login page, as a share of today's (medians)").isLessThan(1.0);
    }

    private static Run measure(ProductionJar.Launch launch, Path jar, String url, int number, String name,
                               boolean first) throws Exception {
        Path log = Path.of("target", "bench-startup-run-" + number + ".log");
        String load = ProductionJar.loadAverage();
        try (ProductionJar app = ProductionJar.start(launch, jar, url, log)) {
            double login = app.awaitLoginPage(TIMEOUT);
            double cpuAtLogin = app.cpuSeconds();
            double[] started = app.started(TIMEOUT);
            double ready = app.awaitLogged(ProductionJar.READY, TIMEOUT);
            double cpuAtReady = app.cpuSeconds();
            if (first) {
                assertThat(app.logged("demo state of work loaded")).as("the first start loads the demo state; see "
                        + log).isTrue();
            }
            Run run = new Run(name, launch.name(), load, login, started[0], started[1], ready, cpuAtLogin, cpuAtReady,
                    app.logged(ProductionJar.PRODUCTION_MODE));
            System.out.println("[bench] " + row(run));
            return run;
        }
    }

    private static String row(Run run) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s (%s) | %s | %s / %s | %s |", run.name, run.way,
                run.load, Stats.f(run.login), Stats.f(run.started), Stats.f(run.processRunning), Stats.f(run.ready),
                Stats.f(run.cpuAtLogin), Stats.f(run.cpuAtReady), run.productionMode ? "yes" : "NO");
    }

    private static void report(Path jar, ProductionJar.Build build, List<Run> runs, List<Run> todays,
                               List<Run> improveds, String loadBefore, String loadAfter, double seconds)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Start-up of the production build, %d cores, Java %s, %.0f s; load "
                        + "average before %s, after %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds, loadBefore, loadAfter));
        out.append("Jar: ").append(jar.getFileName()).append(": ")
                .append(build.production() ? "production build" : "NOT a production build").append(" (")
                .append(build.evidence()).append(")\n\n");
        out.append(String.format(Locale.ROOT, "**Improved / today (medians of %d restarts each, alternated)**: "
                        + "login page %.2f, ready %.2f, CPU at login %.2f%n%n",
                Math.min(todays.size(), improveds.size()),
                ratio(improveds, todays, Run::login), ratio(improveds, todays, Run::ready),
                ratio(improveds, todays, Run::cpuAtLogin)));
        out.append("| way | launch → /login answers 200, s: median (spread) | Spring \"Started in\", s "
                + "| launch → ready, s | CPU s of the child at login 200 / at ready |\n|---|---|---|---|---|\n");
        for (List<Run> way : List.of(todays, improveds)) {
            out.append(String.format(Locale.ROOT, "| %s | **%s** (%s) | %s (%s) | %s (%s) | %s / %s |%n",
                    way.get(0).way, median(way, Run::login), spread(way, Run::login), median(way, Run::started),
                    spread(way, Run::started), median(way, Run::ready), spread(way, Run::ready),
                    median(way, Run::cpuAtLogin), median(way, Run::cpuAtReady)));
        }
        out.append("\nEach run, in the order run:\n\n| run | way | load average at launch (1, 5, 15 min) "
                + "| launch → /login answers 200, s | Spring \"Started in\", s (process running for) "
                + "| launch → ready (start-up runners done, job executor started), s "
                + "| CPU s of the child at login 200 / at ready | \"Vaadin is running in production mode\" logged |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        runs.forEach(run -> out.append(row(run)).append('\n'));
        out.append("\n- today: `java -jar ").append(jar.getFileName()).append("`; improved: `target/tracker/"
                + "start-tracker.sh` (the same jar extracted, `-XX:SharedArchiveFile=tracker.jsa`, run here with "
                + "`-Xshare:on` so that a start without the archive fails)\n- the first start creates the schema "
                + "(Flyway, Camunda's tables), loads the reference data, the study's plan, the demo accounts and "
                + "replays the demo state of work after \"Started\"; the restarts find them there\n- logs: "
                + "target/bench-startup-run-<n>.log\n");
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench-startup.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static double ratio(List<Run> improved, List<Run> today, ToDoubleFunction<Run> figure) {
        return stats(improved, figure).median() / stats(today, figure).median();
    }

    private static String median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return Stats.f(stats(runs, figure).median());
    }

    private static String spread(List<Run> runs, ToDoubleFunction<Run> figure) {
        return stats(runs, figure).spread();
    }

    private static Stats stats(List<Run> runs, ToDoubleFunction<Run> figure) {
        return Stats.of(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }
}
