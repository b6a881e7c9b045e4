package org.mixedmovements.tracker.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/**
 * The dashboard's figures per recommendation, as recommendation trackers report them: how many the group accepted (in
 * full or in part), did not accept or has not answered yet, and where the accepted ones stand in their implementation
 * ({@link Implementation}); the acceptance and implementation rates, overall and by lead organisation, theme and level.
 * Computed from the recommendations a selection shows, so the figures and the list below them agree.
 *
 * @param byResponse every response with its count, in the enum's order, zero included
 * @param byImplementation every stage with its count, in the enum's order, zero included
 */
public record RecommendationFigures(Group total, Map<GroupResponse, Long> byResponse, long noResponseYet,
                                    Map<Implementation, Long> byImplementation, List<Group> byLead,
                                    List<Group> byTheme, List<Group> byLevel) {

    /**
     * One group's counts.
     *
     * @param key the lead organisation's code, the theme or the level's name; null for recommendations without lead
     * @param responded recommendations the group answered (accepted, partially accepted or not accepted)
     * @param accepted accepted in full or in part
     * @param implemented closed as implemented, in full or in part
     */
    public record Group(String key, long recommendations, long responded, long accepted, long implemented,
                        long inProgress, long notStarted) {

        /** Accepted (in full or in part) out of answered, in whole per cent rounded down; empty when none answered. */
        public Optional<Integer> acceptanceRate() {
            return Implementation.rate(accepted, responded);
        }

        /** Implemented (in full or in part) out of accepted, in whole per cent rounded down; empty when none accepted. */
        public Optional<Integer> implementationRate() {
            return Implementation.rate(implemented, accepted);
        }
    }

    /** The figures of these recommendations; groups in order of first appearance (the plan's order). */
    public static RecommendationFigures of(List<RecommendationSummary> recommendations) {
        Map<GroupResponse, Long> byResponse = new EnumMap<>(GroupResponse.class);
        for (GroupResponse response : GroupResponse.values()) {
            byResponse.put(response, 0L);
        }
        Map<Implementation, Long> byImplementation = new EnumMap<>(Implementation.class);
        for (Implementation stage : Implementation.values()) {
            byImplementation.put(stage, 0L);
        }
        long noResponse = 0;
        for (RecommendationSummary r : recommendations) {
            if (r.response() == null) {
                noResponse++;
            } else {
                byResponse.merge(r.response(), 1L, Long::sum);
            }
            Implementation.of(r.status()).ifPresent(stage -> byImplementation.merge(stage, 1L, Long::sum));
        }
        return new RecommendationFigures(group(null, recommendations), byResponse, noResponse, byImplementation,
                groups(recommendations, RecommendationSummary::leadOrganisationCode),
                groups(recommendations, RecommendationSummary::theme),
                groups(recommendations, r -> r.level() == null ? null : r.level().name()));
    }

    private static List<Group> groups(List<RecommendationSummary> recommendations,
                                      Function<RecommendationSummary, String> key) {
        Map<String, List<RecommendationSummary>> grouped = new LinkedHashMap<>();
        List<RecommendationSummary> withoutKey = new ArrayList<>();
        for (RecommendationSummary r : recommendations) {
            String k = key.apply(r);
            if (k == null) {
                withoutKey.add(r);
            } else {
                grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, members) -> groups.add(group(k, members)));
        if (!withoutKey.isEmpty()) {
            groups.add(group(null, withoutKey)); // last: "no lead named yet"
        }
        return groups;
    }

    private static Group group(String key, Collection<RecommendationSummary> members) {
        long responded = 0;
        long accepted = 0;
        long implemented = 0;
        long inProgress = 0;
        long notStarted = 0;
        for (RecommendationSummary r : members) {
            if (r.response() != null) {
                responded++;
            }
            Optional<Implementation> stage = Implementation.of(r.status());
            if (stage.isPresent()) {
                accepted++;
                implemented += stage.get().implemented() ? 1 : 0;
                inProgress += stage.get() == Implementation.IN_PROGRESS ? 1 : 0;
                notStarted += stage.get() == Implementation.NOT_STARTED ? 1 : 0;
            }
        }
        return new Group(key, members.size(), responded, accepted, implemented, inProgress, notStarted);
    }

    public Optional<Integer> acceptanceRate() {
        return total.acceptanceRate();
    }

    public Optional<Integer> implementationRate() {
        return total.implementationRate();
    }
}
