package org.mixedmovements.tracker.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.planimport.ImportFile.Sheet;

/**
 * The "depends on" column of the milestones sheet: each reference names another milestone of the file that this one
 * waits for (finish-to-start), by its recommendation's code and its position among that recommendation's rows
 * ({@code R5#2}; {@code #2} for the same recommendation) or by its name ({@code R5: Draft the strategy}). A reference
 * that names no milestone of the file, or milestones that wait for each other in a circle, are problems of the row.
 */
final class MilestoneReferences {

    private static final Pattern BY_POSITION = Pattern.compile("(\\S*?)\\s*#\\s*(\\d+)");
    private static final Pattern BY_NAME = Pattern.compile("([^:]+?)\\s*:\\s*(.+)");

    /** What a milestone row of the file says about itself and what it waits for. */
    record Line(Sheet sheet, int row, String recommendationCode, String name, boolean create, List<String> dependsOn) {
    }

    private MilestoneReferences() {
    }

    /** Each line (by index) to the lines it waits for; problems of the references are added to {@code problems}. */
    static Map<Integer, List<Integer>> resolve(List<Line> lines, List<ImportProblem> problems) {
        Map<String, List<Integer>> byRecommendation = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).create()) {
                byRecommendation.computeIfAbsent(fold(lines.get(i).recommendationCode()), c -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<Integer>> waitsFor = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (String reference : line.dependsOn()) {
                Optional<Integer> found = find(reference, line, lines, byRecommendation);
                if (found.isEmpty() || found.get() == i) {
                    problems.add(at(line, "import.error.milestone-reference", reference));
                } else {
                    waitsFor.computeIfAbsent(i, k -> new ArrayList<>()).add(found.get());
                }
            }
        }
        MilestoneDependencies.cycle(waitsFor).ifPresent(circle -> problems.add(at(lines.get(circle.get(0)),
                "import.error.milestone-cycle", String.join(" → ", circle.stream()
                        .map(i -> lines.get(i).recommendationCode() + " · " + lines.get(i).name()).toList()))));
        return waitsFor;
    }

    private static Optional<Integer> find(String reference, Line line, List<Line> lines,
                                          Map<String, List<Integer>> byRecommendation) {
        Matcher position = BY_POSITION.matcher(reference.strip());
        if (position.matches()) {
            String code = position.group(1).isEmpty() ? line.recommendationCode() : position.group(1);
            List<Integer> rows = byRecommendation.getOrDefault(fold(code), List.of());
            int n = Integer.parseInt(position.group(2));
            return n >= 1 && n <= rows.size() ? Optional.of(rows.get(n - 1)) : Optional.empty();
        }
        Matcher name = BY_NAME.matcher(reference.strip());
        if (name.matches()) {
            return byRecommendation.getOrDefault(fold(name.group(1)), List.of()).stream()
                    .filter(i -> lines.get(i).name().strip().equalsIgnoreCase(name.group(2).strip())).findFirst();
        }
        return Optional.empty();
    }

    private static String fold(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static ImportProblem at(Line line, String key, Object... arguments) {
        return new ImportProblem(line.sheet().name(), line.row(), line.sheet().header("depends_on"), key, arguments);
    }
}
