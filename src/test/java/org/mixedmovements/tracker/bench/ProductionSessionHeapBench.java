package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.journey.Browser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Live heap per signed-in session with real browsers: the production jar in a child JVM ({@link ProductionJar}, demo
 * profile, a fresh H2 file database), plus one generated plan of 3,200 milestones ({@link BenchData}, written through
 * H2's automatic server into the child's database); {@code bench.sessions} (default 15) headless Chromium browsers,
 * each with its own profile and so its own HTTP session, sign in as {@code secretariat} and stay open while the
 * child's heap is measured after full GCs ({@code jcmd GC.run}, {@code GC.heap_info}, {@code GC.class_histogram}):
 * before the sessions (after one browser has visited every page once and signed out, so that caches and class data
 * are in the baseline), with every browser on a light page (the inbox), on the dashboard of the demo plan, and on the
 * dashboard of the generated plan. Run by {@code mvn -Pproduction,bench verify} after the jar is built; writes
 * {@code target/bench-session-heap.md}. See docs/performance.md.
 */
class ProductionSessionHeapBench {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 15);
    private static final int READINGS = 3;
    private static final String PASSWORD = "Tracker-demo-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("bench.startup.timeout.minutes", 15));
    private static final String[] STATES = {"inbox", "dashboard?plan=LAC-2024", "dashboard?plan=BENCH-0"};

    /** The heap of one state: the median of the readings, their spread, and what the class histogram counted. */
    private record Reading(String state, long used, long usedMin, long usedMax, long live, long uis, long sessions,
                           long dashboards, Map<String, Long> bytes) {
    }

    @Test
    void liveHeapPerSignedInBrowserSessionOnALightPageAndOnTheDashboard() throws Exception {
        Browser.assumeAvailable();
        Path jar = ProductionJar.find();
        ProductionJar.Build build = ProductionJar.build(jar);
        String loadBefore = ProductionJar.loadAverage();
        long began = System.nanoTime();
        Path directory = Files.createTempDirectory("tracker-heap");
        // the demo profile's database, with H2's automatic server so that this JVM can add the generated plan
        String url = "jdbc:h2:file:" + directory.resolve("tracker-demo").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        List<Reading> readings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ProductionJar app = ProductionJar.start(jar, url, Path.of("target", "bench-session-heap-child.log"))) {
            app.awaitLoginPage(TIMEOUT);
            app.awaitLogged(ProductionJar.READY, TIMEOUT);
            generatePlan(url, notes);
            try (Browser warmUp = Browser.open(app.port, 1280, 900)) {
                warmUp.login("secretariat", PASSWORD);
                for (String state : STATES) {
                    warmUp.go(state);
                }
                warmUp.logout();
            }
            readings.add(read(app, "before: no session (one browser visited every page once and signed out)"));
            List<Browser> browsers = new ArrayList<>();
            try {
                for (int i = 0; i < SESSIONS; i++) {
                    Browser browser = Browser.open(app.port, 1280, 900);
                    browsers.add(browser);
                    browser.login("secretariat", PASSWORD);
                    browser.go(STATES[0]);
                }
                readings.add(read(app, SESSIONS + " sessions on the inbox (a light page)"));
                for (String state : List.of(STATES[1], STATES[2])) {
                    for (Browser browser : browsers) {
                        browser.go(state);
                    }
                    readings.add(read(app, SESSIONS + " sessions on /" + state));
                }
            } finally {
                browsers.forEach(Browser::close);
            }
        } finally {
            ProductionJar.deleteDirectory(directory);
        }
        report(jar, build, readings, notes, loadBefore, (System.nanoTime() - began) / 1e9);
        assertThat(readings.get(1).sessions() - readings.get(0).sessions()).as("one HTTP session per browser")
                .isGreaterThanOrEqualTo(SESSIONS);
    }

    /** The generated plan BENCH-0 (3,200 milestones, read model and history rows), as PerformanceBench makes it. */
    private static void generatePlan(String url, List<String> notes) {
        long t0 = System.nanoTime();
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new Driver(), url, "tracker", ""));
        String followUp = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'milestone-follow-up' "
                + "order by version_ desc fetch first 1 rows only", String.class);
        new BenchData(jdbc, followUp).growTo(1);
        notes.add(String.format(Locale.ROOT, "generated plan BENCH-0 (%,d milestones) by bulk SQL in %.1f s",
                BenchData.MILESTONES_PER_PLAN, (System.nanoTime() - t0) / 1e9));
    }

    private static Reading read(ProductionJar app, String state) throws IOException, InterruptedException {
        List<ProductionJar.Heap> heaps = new ArrayList<>();
        for (int i = 0; i < READINGS; i++) {
            heaps.add(app.heapAfterFullGc());
        }
        heaps.sort(Comparator.comparingLong(ProductionJar.Heap::usedBytes));
        ProductionJar.Heap median = heaps.get(heaps.size() / 2);
        Reading reading = new Reading(state, median.usedBytes(), heaps.get(0).usedBytes(),
                heaps.get(heaps.size() - 1).usedBytes(), median.histogramBytes(),
                median.instancesOf("com.vaadin.flow.component.UI"),
                median.instancesOf("com.vaadin.flow.spring.SpringVaadinSession")
                        + median.instancesOf("com.vaadin.flow.server.VaadinSession"),
                median.instancesOf("org.mixedmovements.tracker.compliance.ui.DashboardView"), median.bytes());
        System.out.printf(Locale.ROOT, "[bench] %s: heap used %.1f MB, live objects %.1f MB, %d UIs, %d sessions, "
                + "%d dashboards%n", state, mb(reading.used), mb(reading.live), reading.uis, reading.sessions,
                reading.dashboards);
        return reading;
    }

    private static void report(Path jar, ProductionJar.Build build, List<Reading> readings, List<String> notes,
                               String loadBefore, double seconds) throws IOException {
        Reading before = readings.get(0);
        Reading light = readings.get(1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Heap per signed-in browser session, %d sessions, %d cores, Java %s, "
                        + "%.0f s; load average before %s, after %s%n%n", SESSIONS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds, loadBefore,
                ProductionJar.loadAverage()));
        out.append("Jar: ").append(jar.getFileName()).append(": ")
                .append(build.production() ? "production build" : "NOT a production build").append(" (")
                .append(build.evidence()).append(")\n\n");
        out.append("| state | live UIs / Vaadin sessions / dashboard views | heap used after full GC, MB (median of "
                + READINGS + "; spread) | live objects (class histogram), MB | minus before, MB | per session, KB "
                + "| per session over the light page, KB | target |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Reading r : readings) {
            boolean isBefore = r == before;
            out.append(String.format(Locale.ROOT, "| %s | %d / %d / %d | %.1f (%.1f–%.1f) | %.1f | %s | %s | %s | %s |%n",
                    r.state, r.uis, r.sessions, r.dashboards, mb(r.used), mb(r.usedMin), mb(r.usedMax), mb(r.live),
                    isBefore ? "-" : String.format(Locale.ROOT, "%.1f", mb(r.used - before.used)),
                    isBefore ? "-" : perSession(r, before, Reading::used) + " (histogram "
                            + perSession(r, before, Reading::live) + ")",
                    isBefore || r == light ? "-" : perSession(r, light, Reading::used),
                    isBefore ? "-" : "≤ 1 MB"));
        }
        out.append('\n');
        notes.add("what the " + SESSIONS + " sessions hold more on the generated plan's dashboard than on the inbox, "
                + "largest classes first (class histogram, KB per session): " + growth(light, readings.get(readings.size() - 1)));
        notes.add("the same figure from Karibu-Testing mock sessions (PerformanceBench, 20 sessions on a 3,200-milestone"
                + " plan's dashboard) is an upper bound: Karibu never sends a response, so the first render's pending "
                + "changes stay held");
        notes.add("child log: target/bench-session-heap-child.log; view load times of these browsers: "
                + "target/view-timings.txt");
        notes.forEach(line -> out.append("- ").append(line).append('\n'));
        System.out.println("\n" + out);
        Path file = Path.of("target", "bench-session-heap.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static String perSession(Reading r, Reading base, ToLongFunction<Reading> figure) {
        return String.format(Locale.ROOT, "%.0f", (figure.applyAsLong(r) - figure.applyAsLong(base)) / 1024.0 / SESSIONS);
    }

    /** The ten classes whose live bytes grew most from one state to the other, in KB per session. */
    private static String growth(Reading from, Reading to) {
        return to.bytes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - from.bytes.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / 1024.0 / SESSIONS))
                .collect(Collectors.joining(", "));
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
