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
 * Start-up of the production jar as the README starts it ({@code java -jar ... --spring.profiles.active=demo}), in a
 * child JVM on a fresh H2 file database: one first start on the empty database (migrations, the engine's tables, the
 * study's plan, the demo accounts and the demo state of work), then {@code bench.restarts} restarts on the same
 * database (default 3), each stopped with SIGTERM before the next. Per run: the wall time from the launch until
 * {@code /login} answers HTTP 200 (polled every 100 ms), what Spring logs as "Started ... in X seconds", the time until
 * the application is ready (every start-up runner done: the job executor starts) and the CPU the child used.
 * Run by {@code mvn -Pproduction,bench verify} after the jar is built (phase integration-test); never by the normal
 * test run. Prints a table and writes it to {@code target/bench-startup.md}. See docs/performance.md.
 */
class ProductionStartupBench {

    private static final int RESTARTS = Integer.getInteger("bench.restarts", 3);
    private static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("bench.startup.timeout.minutes", 15));

    private record Run(String name, double login, double started, double processRunning, double ready,
                       double cpuAtLogin, double cpuAtReady, boolean productionMode) {
    }

    @Test
    void theProductionJarAnswersItsLoginPageAfterAFirstStartAndAfterRestarts() throws Exception {
        Path jar = ProductionJar.find();
        ProductionJar.Build build = ProductionJar.build(jar);
        String loadBefore = ProductionJar.loadAverage();
        Path directory = Files.createTempDirectory("tracker-startup");
        // the demo profile's URL (application-demo.properties), on a database of this run's own
        String url = "jdbc:h2:file:" + directory.resolve("tracker-demo").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<Run> runs = new ArrayList<>();
        long began = System.nanoTime();
        try {
            for (int i = 0; i <= RESTARTS; i++) {
                String name = i == 0 ? "first start (empty database)" : "restart " + i;
                Run run = measure(jar, url, Path.of("target", "bench-startup-run-" + i + ".log"), name, i == 0);
                runs.add(run);
                System.out.println("[bench] " + row(run));
            }
        } finally {
            ProductionJar.deleteDirectory(directory);
        }
        report(jar, build, runs, loadBefore, ProductionJar.loadAverage(), (System.nanoTime() - began) / 1e9);
        assertThat(runs).as("every run logs \"%s\"; was a development build started? (%s)",
                ProductionJar.PRODUCTION_MODE, build.evidence()).allMatch(Run::productionMode);
    }

    private static Run measure(Path jar, String url, Path log, String name, boolean first) throws Exception {
        try (ProductionJar app = ProductionJar.start(jar, url, log)) {
            double login = app.awaitLoginPage(TIMEOUT);
            double cpuAtLogin = app.cpuSeconds();
            double[] started = app.started(TIMEOUT);
            double ready = app.awaitLogged(ProductionJar.READY, TIMEOUT);
            double cpuAtReady = app.cpuSeconds();
            if (first) {
                assertThat(app.logged("demo state of work loaded")).as("the first start loads the demo state; see "
                        + log).isTrue();
            }
            return new Run(name, login, started[0], started[1], ready, cpuAtLogin, cpuAtReady,
                    app.logged(ProductionJar.PRODUCTION_MODE));
        }
    }

    private static String row(Run run) {
        return String.format(Locale.ROOT, "| %s | %s | %s (%s) | %s | %s / %s | %s |", run.name, Stats.f(run.login),
                Stats.f(run.started), Stats.f(run.processRunning), Stats.f(run.ready), Stats.f(run.cpuAtLogin),
                Stats.f(run.cpuAtReady), run.productionMode ? "yes" : "NO");
    }

    private static void report(Path jar, ProductionJar.Build build, List<Run> runs, String loadBefore,
                               String loadAfter, double seconds) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Start-up of the production jar, %d cores, Java %s, %.0f s; load average "
                        + "before %s, after %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds, loadBefore, loadAfter));
        out.append("Jar: ").append(jar.getFileName()).append(": ")
                .append(build.production() ? "production build" : "NOT a production build").append(" (")
                .append(build.evidence()).append(")\n\n");
        out.append("| run | launch → /login answers 200, s | Spring \"Started in\", s (process running for) "
                + "| launch → ready (start-up runners done, job executor started), s "
                + "| CPU s of the child at login 200 / at ready | \"Vaadin is running in production mode\" logged |\n");
        out.append("|---|---|---|---|---|---|\n");
        runs.forEach(run -> out.append(row(run)).append('\n'));
        List<Run> restarts = runs.subList(1, runs.size());
        if (!restarts.isEmpty()) {
            out.append(String.format(Locale.ROOT, "| **restarts: median (spread)** | %s (%s) | %s (%s) | %s (%s) "
                            + "| %s / %s | |%n",
                    median(restarts, Run::login), spread(restarts, Run::login),
                    median(restarts, Run::started), spread(restarts, Run::started),
                    median(restarts, Run::ready), spread(restarts, Run::ready),
                    median(restarts, Run::cpuAtLogin), median(restarts, Run::cpuAtReady)));
        }
        out.append("\n- the first start creates the schema (Flyway, Camunda's tables), loads the reference data, the "
                + "study's plan, the demo accounts and replays the demo state of work after \"Started\"; a restart "
                + "finds them there\n- logs: target/bench-startup-run-<n>.log\n");
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench-startup.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
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
