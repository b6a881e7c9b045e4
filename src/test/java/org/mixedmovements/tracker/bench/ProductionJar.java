package org.mixedmovements.tracker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mixedmovements.tracker.cluster.ChildJvm;
import org.mixedmovements.tracker.security.Http;

/**
 * The built jar ({@code target/recommendation-tracker-*.jar}) started as the README starts it ({@code java -jar},
 * profile {@code demo}) in a child JVM, on an H2 file database the caller chooses and a free port: for the start-up
 * times ({@link ProductionStartupBench}) and the heap of real browser sessions ({@link ProductionSessionHeapBench}).
 * Its log goes to a file under {@code target/}; times are read from the log's timestamps against the launch.
 */
final class ProductionJar implements AutoCloseable {

    /** Logged by Camunda when the job executor starts: on ApplicationReadyEvent, after every start-up runner. */
    static final String READY = "ENGINE-14018";
    static final String PRODUCTION_MODE = "Vaadin is running in production mode";
    private static final Pattern STARTED =
            Pattern.compile("Started TrackerApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    final Path jar;
    final Path log;
    final int port;
    final Process process;
    final Instant launched;
    private final long launchedNanos;

    private ProductionJar(Path jar, Path log, int port, Process process, Instant launched, long launchedNanos) {
        this.jar = jar;
        this.log = log;
        this.port = port;
        this.process = process;
        this.launched = launched;
        this.launchedNanos = launchedNanos;
    }

    /**
     * The jar {@code mvn -Pproduction package} built: the newest {@code recommendation-tracker-*.jar} in
     * {@code bench.jar.dir} (default {@code target}); fails with what to run when there is none.
     */
    static Path find() throws IOException {
        Path directory = Path.of(System.getProperty("bench.jar.dir", "target"));
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                newest = files.filter(f -> f.getFileName().toString().matches("recommendation-tracker-.*\\.jar"))
                        .max(Comparator.comparing(f -> f.toFile().lastModified()));
            }
        }
        return newest.orElseThrow(() -> new AssertionError("No jar " + directory.toAbsolutePath()
                + "/recommendation-tracker-*.jar to start: build it first with `mvn -Pproduction package`, or run "
                + "the start-up benchmark as `mvn -Pproduction,bench verify` (which builds it before it runs)"));
    }

    /** Whether the jar is a production build, and what says so. */
    record Build(boolean production, String evidence) {
    }

    /**
     * A production build carries Vaadin's build info with {@code "productionMode" : true} and the compiled front-end
     * bundle ({@code META-INF/VAADIN/webapp/VAADIN/build/}), and not {@code vaadin-dev} (the development server).
     */
    static Build build(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String info = Stream.of("META-INF/VAADIN/config/flow-build-info.json",
                            "BOOT-INF/classes/META-INF/VAADIN/config/flow-build-info.json")
                    .map(file::getJarEntry).filter(e -> e != null).findFirst().map(e -> {
                        try (InputStream in = file.getInputStream(e)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    }).orElse("");
            boolean productionMode = info.matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
            long bundle = file.stream().filter(e -> e.getName().contains("META-INF/VAADIN/webapp/VAADIN/build/")).count();
            boolean devServer = file.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev"));
            return new Build(productionMode && bundle > 0 && !devServer, String.format(
                    "flow-build-info productionMode=%s, %d front-end bundle files, vaadin-dev %s, %d MB",
                    productionMode, bundle, devServer ? "present" : "absent", Files.size(jar) / 1_000_000));
        }
    }

    /**
     * How the build is started: the command before the application's arguments, and the environment it adds.
     * {@link #javaJar}: today's way, the README's {@code java -jar}, no options. {@link #startScript}: the build's
     * extracted jar with its class-data-sharing archive, through the script people use
     * ({@code target/tracker/start-tracker.sh}, src/main/scripts).
     */
    record Launch(String name, List<String> command, Map<String, String> environment) {

        static Launch javaJar(Path jar) {
            return new Launch("java -jar", List.of(ChildJvm.javaCommand(), "-jar", jar.toAbsolutePath().toString()),
                    Map.of());
        }

        /**
         * The start script beside the extracted jar, with the test JVM's JDK (the one that made the archive) and
         * {@code -Xshare:on}: a start without the archive (it does not fit the jar or the JDK) fails instead of
         * being measured as an improved one.
         */
        static Launch startScript(Path script) {
            return new Launch("start-tracker.sh (extracted jar, CDS archive)",
                    List.of("sh", script.toAbsolutePath().toString()),
                    Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-Xshare:on"));
        }
    }

    /**
     * The folder {@code mvn -Pproduction package} extracts the jar into ({@code tracker/} beside the jar), with the
     * start script and the training run's archive; fails with what to run when one is missing.
     */
    static Path startScript(Path jar) {
        Path folder = jar.toAbsolutePath().getParent().resolve("tracker");
        for (String file : List.of("start-tracker.sh", "recommendation-tracker.jar", "tracker.jsa")) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new AssertionError("No " + folder.resolve(file) + ": `mvn -Pproduction package` makes it "
                        + "(without -Dtracker.cds.skip=true); see target/tracker-training.log");
            }
        }
        return folder.resolve("start-tracker.sh");
    }

    /** Starts the jar with the demo profile on the database URL; returns at once. */
    static ProductionJar start(Path jar, String databaseUrl, Path log, String... more) throws IOException {
        return start(Launch.javaJar(jar), jar, databaseUrl, log, more);
    }

    /** Starts the build the given way with the demo profile on the database URL; returns at once. */
    static ProductionJar start(Launch launch, Path jar, String databaseUrl, Path log, String... more)
            throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl));
        command.addAll(List.of(more));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(launch.environment());
        Instant launched = Instant.now();
        long launchedNanos = System.nanoTime();
        Process process = builder.start();
        return new ProductionJar(jar, log, port, process, launched, launchedNanos);
    }

    /** Polls {@code /login} until it answers HTTP 200; the seconds from the launch. */
    double awaitLoginPage(Duration timeout) throws IOException, InterruptedException {
        Http http = new Http(port);
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            assertAlive("before the login page answered");
            try {
                if (http.get("/login").statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (ConnectException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the login page did not answer 200 within " + timeout + " (see " + log + ")");
    }

    /** The seconds from the launch to the timestamp of the first log line containing the text; waits for it. */
    double awaitLogged(String text, Duration timeout) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            for (String line : logLines()) {
                Matcher time = LOG_TIME.matcher(line);
                if (line.contains(text) && time.find()) {
                    return Duration.between(launched, Instant.parse(time.group(1))).toNanos() / 1e9;
                }
            }
            assertAlive("before it logged \"" + text + "\"");
            Thread.sleep(200);
        }
        throw new AssertionError("not logged within " + timeout + ": " + text + " (see " + log + ")");
    }

    /** Spring's "Started TrackerApplication in X seconds (process running for Y)": X and Y. */
    double[] started(Duration timeout) throws IOException, InterruptedException {
        awaitLogged("Started TrackerApplication", timeout);
        Matcher m = logLines().stream().map(STARTED::matcher).filter(Matcher::find).findFirst().orElseThrow();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    boolean logged(String text) throws IOException {
        return logLines().stream().anyMatch(l -> l.contains(text));
    }

    List<String> logLines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1) : List.of();
    }

    /** CPU seconds (user + system, all threads) the child has used so far, from /proc; NaN where there is none. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The child's heap after a full GC, as {@code jcmd GC.run} and {@code GC.heap_info} give it, and what holds it. */
    record Heap(long usedBytes, long histogramBytes, Map<String, Long> instances, Map<String, Long> bytes) {
        /** Live instances of exactly that class (its own subclasses, lambdas and inner classes not counted). */
        long instancesOf(String className) {
            return instances.getOrDefault(className, 0L);
        }
    }

    /**
     * Two full GCs ({@code jcmd <pid> GC.run}), then the heap in use ({@code GC.heap_info}); then the class histogram
     * ({@code GC.class_histogram}, itself after a full GC): its total of live bytes and the instance counts per class.
     */
    Heap heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new AssertionError("no heap figure in jcmd GC.heap_info of " + process.pid());
        }
        long total = 0;
        Map<String, Long> instances = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            Matcher sum = HISTOGRAM_TOTAL.matcher(line);
            if (row.find()) {
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            } else if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        return new Heap(Long.parseLong(used.group(1)) * 1024, total, instances, bytes);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(ChildJvm.tool("jcmd"), String.valueOf(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new AssertionError("jcmd " + process.pid() + " " + command + " failed: " + out);
        }
        return out;
    }

    /** Deletes a directory with everything in it (the temporary database of a run). */
    static void deleteDirectory(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The machine's load average (1, 5, 15 minutes) from /proc/loadavg, as {@code uptime} shows it. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void assertAlive(String when) {
        if (!process.isAlive()) {
            throw new AssertionError("the application exited (code " + process.exitValue() + ") " + when + "; see "
                    + log.toAbsolutePath());
        }
    }

    /** Stops it as a service manager would (SIGTERM: Spring closes the context and the database), then waits. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
