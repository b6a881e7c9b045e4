package org.mixedmovements.tracker.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Starts the application (or any Java program) in a JVM of its own, with the test JVM's {@code java}, its output
 * (standard output and error together) written to a file: {@link CrashRecoveryTest}'s child that is killed, and the
 * production jar the benchmark starts ({@code bench/ProductionJar}).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code java} with the arguments (JVM options, then {@code -cp ... MainClass} or {@code -jar file}, then
     * the program's arguments); the output goes to {@code output}, which is replaced.
     */
    public static Process start(Path output, List<String> arguments) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The test JVM's class path, each entry once. */
    public static String classPath() {
        return String.join(File.pathSeparator, new LinkedHashSet<>(
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator))));
    }

    /** The {@code java} of the JVM running the tests. */
    public static String javaCommand() {
        return tool("java");
    }

    /** A tool of the same JDK, e.g. {@code jcmd} (a JRE without it has no such file). */
    public static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
