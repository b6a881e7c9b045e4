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

    /**
     * One row per view: how often it was loaded, the first load (a cold application: classes loading, code not yet
     * compiled), the median of the later loads (what a user sees from then on) and the slowest load.
     */
    static synchronized String table() {
        StringBuilder table = new StringBuilder(String.format("%-28s %6s %9s %16s %8s%n", "view", "loads", "first ms",
                "median later ms", "max ms"));
        TIMES.forEach((view, times) -> {
            List<Long> later = times.subList(1, times.size()).stream().sorted().toList();
            String median = later.isEmpty() ? "-" : String.valueOf(later.size() % 2 == 1 ? later.get(later.size() / 2)
                    : (later.get(later.size() / 2 - 1) + later.get(later.size() / 2)) / 2);
            table.append(String.format("%-28s %6d %9d %16s %8d%n", view, times.size(), times.get(0), median,
                    times.stream().mapToLong(Long::longValue).max().orElse(0)));
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
