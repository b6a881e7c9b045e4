package org.mixedmovements.tracker.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long each view took to show in the browser journeys: from the navigation to the rendered view with no request in
 * flight. Printed per navigation and summed up (median and worst per view) in target/view-timings.txt.
 */
final class ViewTimings {

    private static final Map<String, List<Long>> TIMES = new TreeMap<>();

    private ViewTimings() {
    }

    static synchronized void record(String path, long millis) {
        String view = path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}");
        TIMES.computeIfAbsent(view, v -> new ArrayList<>()).add(millis);
        System.out.printf("[view timing] %-40s %5d ms%n", path, millis);
        write();
    }

    static synchronized String table() {
        StringBuilder table = new StringBuilder(String.format("%-32s %6s %10s %8s%n", "view", "loads", "median ms",
                "max ms"));
        TIMES.forEach((view, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            table.append(String.format("%-32s %6d %10d %8d%n", view, sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1)));
        });
        return table.toString();
    }

    private static void write() {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/view-timings.txt"), table());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
