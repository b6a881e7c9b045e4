package org.mixedmovements.tracker.milestone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * Sets the dependencies of a draft plan as it is saved, and checks them first: every reference names another row of
 * the draft or a milestone of another recommendation of the same plan, and no milestones wait for each other in a
 * circle. What the draft replaces keeps what waited for it: a milestone of another recommendation that waited for a
 * replaced milestone waits for the new one of the same name. A recommendation that depends on another (R6 on R5, the
 * group's timetable) makes it real: the draft's first milestones (those that wait for no other row of the draft) wait
 * for the other recommendation's last milestone, when it has milestones.
 */
@Component
class PlanDependencies {

    private final MilestoneRepository milestones;
    private final MilestoneDependencies reads;

    PlanDependencies(MilestoneRepository milestones, MilestoneDependencies reads) {
        this.milestones = milestones;
        this.reads = reads;
    }

    /** The proposed milestones as a draft: a predecessor among them is named by its row, any other by its id. */
    static List<MilestoneDraft> drafts(List<Milestone> proposed) {
        Map<Long, Integer> rows = new HashMap<>();
        for (int i = 0; i < proposed.size(); i++) {
            rows.put(proposed.get(i).getId(), i + 1);
        }
        return proposed.stream().map(m -> m.toDraft(m.getPredecessorIds().stream().sorted()
                .map(id -> rows.containsKey(id) ? Predecessor.row(rows.get(id)) : Predecessor.milestone(id))
                .sorted(Comparator.comparing((Predecessor p) -> p.row() == null ? Integer.MAX_VALUE : p.row()))
                .toList())).toList();
    }

    /** What is wrong with the draft's dependencies (field {@code predecessors}); empty when nothing is. */
    List<Problem> problems(PlannedRecommendation r, List<MilestoneDraft> drafts) {
        Replacement plan = new Replacement(r, drafts);
        List<Problem> problems = new ArrayList<>(plan.unknown);
        if (problems.isEmpty()) {
            plan.circle().ifPresent(names -> problems.add(Problem.of("predecessors", "plan.error.dependency-cycle",
                    String.join(" → ", names))));
        }
        return problems;
    }

    /** The dependencies the draft will have once saved (call {@link #problems} first). */
    Replacement replace(PlannedRecommendation r, List<MilestoneDraft> drafts) {
        return new Replacement(r, drafts);
    }

    /**
     * Links milestones already saved (an import's dependencies across recommendations): each successor id to the ids
     * it waits for. Refused when they are not of one plan or would wait for each other in a circle.
     */
    void link(Map<Long, List<Long>> waitsFor) {
        Set<Long> ids = new LinkedHashSet<>(waitsFor.keySet());
        waitsFor.values().forEach(ids::addAll);
        Map<Long, Milestone> found = milestones.findAllById(ids).stream()
                .collect(Collectors.toMap(Milestone::getId, m -> m));
        Set<Long> plans = reads.recommendationPlans(found.values().stream().map(Milestone::getRecommendationId)
                .collect(Collectors.toSet()));
        if (found.size() != ids.size() || plans.size() > 1) {
            throw InvalidInputException.of("predecessors", "plan.error.unknown-predecessor");
        }
        waitsFor.forEach((successor, predecessors) -> predecessors.forEach(p -> found.get(successor).waitFor(p)));
        milestones.saveAllAndFlush(found.values());
        if (plans.isEmpty()) {
            return;
        }
        Map<Long, Milestone> all = reads.planMilestones(plans.iterator().next());
        Map<Long, Set<Long>> graph = new LinkedHashMap<>();
        all.values().forEach(m -> graph.put(m.getId(), m.getPredecessorIds()));
        Optional<List<Long>> circle = MilestoneDependencies.cycle(graph);
        if (circle.isPresent()) {
            throw InvalidInputException.of("predecessors", "plan.error.dependency-cycle", circle.get().stream()
                    .map(id -> all.get(id).getName()).collect(Collectors.joining(" → ")));
        }
    }

    /**
     * A draft about to replace a recommendation's proposed milestones, with every dependency it will have: its rows'
     * own, those of the recommendations it depends on, and those of other recommendations' milestones on what it
     * replaces. Nodes of the plan's graph are "m" + id for saved milestones and "d" + row for the draft's rows.
     */
    final class Replacement {

        private final PlannedRecommendation recommendation;
        private final List<MilestoneDraft> drafts;
        private final Map<Long, Milestone> kept = new LinkedHashMap<>();
        private final List<Problem> unknown = new ArrayList<>();
        /** Each draft row (from 1) to the saved milestones it will wait for, besides the rows named in the draft. */
        private final Map<Integer, Set<Long>> waitsForSaved = new HashMap<>();
        /** Each draft row to the milestones of other recommendations that will wait for it (they waited for its name). */
        private final Map<Integer, List<Milestone>> waitedForBy = new HashMap<>();
        /** Milestones of other recommendations and the replaced milestone each waited for. */
        private final Map<Milestone, Set<Long>> released = new HashMap<>();

        private Replacement(PlannedRecommendation r, List<MilestoneDraft> drafts) {
            this.recommendation = r;
            this.drafts = drafts;
            Map<Long, Milestone> replaced = new HashMap<>();
            reads.planMilestones(r.planId()).forEach((id, m) -> {
                if (m.getRecommendationId().equals(r.id()) && m.getState() == MilestoneState.PROPOSED) {
                    replaced.put(id, m);
                } else {
                    kept.put(id, m);
                }
            });
            for (int i = 0; i < drafts.size(); i++) {
                int row = i + 1;
                for (Predecessor p : drafts.get(i).predecessors()) {
                    if (p.inDraft() ? p.row() < 1 || p.row() > drafts.size() || p.row() == row
                            : !kept.containsKey(p.milestoneId())
                            || kept.get(p.milestoneId()).getRecommendationId().equals(r.id())) {
                        unknown.add(Problem.atRow(row, "predecessors", "plan.error.unknown-predecessor"));
                    } else if (!p.inDraft()) {
                        waitsForSaved.computeIfAbsent(row, k -> new LinkedHashSet<>()).add(p.milestoneId());
                    }
                }
            }
            afterRecommendationsDependedOn();
            keepWhatWaitedForReplaced(replaced);
        }

        /** The draft's first rows wait for the last milestone of each recommendation this one depends on. */
        private void afterRecommendationsDependedOn() {
            for (Long other : recommendation.dependsOn()) {
                kept.values().stream().filter(m -> m.getRecommendationId().equals(other))
                        .max(Comparator.comparing(Milestone::getCurrentDue).thenComparing(Milestone::getId))
                        .ifPresent(last -> {
                            for (int i = 0; i < drafts.size(); i++) {
                                int row = i + 1;
                                boolean first = drafts.get(i).predecessors().stream().noneMatch(Predecessor::inDraft);
                                boolean waitsForOther = waitsForSaved.getOrDefault(row, Set.of()).stream()
                                        .anyMatch(id -> kept.get(id).getRecommendationId().equals(other));
                                if (first && !waitsForOther) {
                                    waitsForSaved.computeIfAbsent(row, k -> new LinkedHashSet<>()).add(last.getId());
                                }
                            }
                        });
            }
        }

        private void keepWhatWaitedForReplaced(Map<Long, Milestone> replaced) {
            for (Milestone waiting : kept.values()) {
                for (Long id : waiting.getPredecessorIds()) {
                    Milestone old = replaced.get(id);
                    if (old == null) {
                        continue;
                    }
                    released.computeIfAbsent(waiting, k -> new LinkedHashSet<>()).add(id);
                    for (int i = 0; i < drafts.size(); i++) {
                        if (Objects.equals(InputPolicy.normalise(drafts.get(i).name()), old.getName())) {
                            waitedForBy.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(waiting);
                            break;
                        }
                    }
                }
            }
        }

        /** The names along the first circle of waiting found, or empty. */
        private Optional<List<String>> circle() {
            Map<String, Collection<String>> graph = new LinkedHashMap<>();
            kept.values().forEach(m -> graph.put("m" + m.getId(), m.getPredecessorIds().stream()
                    .filter(kept::containsKey).map(id -> "m" + id).collect(Collectors.toList())));
            for (int i = 0; i < drafts.size(); i++) {
                int row = i + 1;
                List<String> to = new ArrayList<>();
                drafts.get(i).predecessors().stream().filter(Predecessor::inDraft).forEach(p -> to.add("d" + p.row()));
                waitsForSaved.getOrDefault(row, Set.of()).forEach(id -> to.add("m" + id));
                graph.put("d" + row, to);
            }
            waitedForBy.forEach((row, waiting) -> waiting.forEach(m -> graph.get("m" + m.getId()).add("d" + row)));
            return MilestoneDependencies.cycle(graph).map(nodes -> nodes.stream().map(this::label).toList());
        }

        private String label(String node) {
            if (node.startsWith("d")) {
                return recommendation.code() + " · " + drafts.get(Integer.parseInt(node.substring(1)) - 1).name();
            }
            Milestone m = kept.get(Long.parseLong(node.substring(1)));
            return reads.code(m.getRecommendationId()) + " · " + m.getName();
        }

        /** Before the replaced milestones are removed: what waited for them waits no more (until {@link #link}). */
        void release() {
            released.forEach((waiting, ids) -> ids.forEach(waiting::stopWaitingFor));
            milestones.saveAll(released.keySet());
        }

        /** Sets the dependencies on the draft's milestones, saved in its order. */
        void link(List<Milestone> saved) {
            for (int i = 0; i < drafts.size(); i++) {
                Milestone m = saved.get(i);
                drafts.get(i).predecessors().stream().filter(Predecessor::inDraft)
                        .forEach(p -> m.waitFor(saved.get(p.row() - 1).getId()));
                waitsForSaved.getOrDefault(i + 1, Set.of()).forEach(m::waitFor);
                waitedForBy.getOrDefault(i + 1, List.of()).forEach(w -> w.waitFor(m.getId()));
            }
            milestones.saveAll(waitedForBy.values().stream().flatMap(List::stream).toList());
        }
    }
}
