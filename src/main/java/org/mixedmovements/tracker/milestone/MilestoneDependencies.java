package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dependencies between milestones, finish-to-start: a successor starts when its predecessor is finished, so it should
 * not be due before it. Both are milestones of the same plan, of one recommendation or of two. What is asked here is
 * read only: the links among milestones (the timeline's arrows), the successors due before their predecessor (the
 * warnings), the successors a new due date would push, and the milestones a draft may wait for. They are set when the
 * lead submits a plan or a plan is imported ({@link ImplementationPlanService}).
 */
@Service
@Transactional(readOnly = true)
public class MilestoneDependencies {

    /** The successor waits for the predecessor. */
    public record Link(Long predecessorId, Long successorId) {
    }

    /** A milestone of another recommendation of the plan that a drafted one may wait for. */
    public record Candidate(Long milestoneId, String recommendationCode, String name, LocalDate dueDate) {
    }

    /**
     * One dependency of a recommendation's milestone, for its page: what it waits for and whether it is due before
     * it (a warning: it cannot finish before what it waits for is finished).
     */
    public record Waiting(Long milestoneId, String name, LocalDate dueDate, String predecessorCode,
                          String predecessorName, LocalDate predecessorDue) {

        public boolean dueBeforePredecessor() {
            return dueDate.isBefore(predecessorDue);
        }
    }

    /** A successor that a predecessor's new due date would push: it would be due before it, so at least on that day. */
    public record PushedSuccessor(Long milestoneId, String recommendationCode, String name, LocalDate currentDue,
                                  LocalDate atLeast) {
    }

    /** A row of a draft due before a milestone it waits for (rows counted from 1). */
    public record DraftWarning(int row, String name, LocalDate dueDate, String predecessorName,
                               LocalDate predecessorDue) {
    }

    private final MilestoneRepository milestones;
    private final RecommendationDirectory recommendations;
    private final DeadlineChangeRepository changes;

    MilestoneDependencies(MilestoneRepository milestones, RecommendationDirectory recommendations,
                          DeadlineChangeRepository changes) {
        this.milestones = milestones;
        this.changes = changes;
        this.recommendations = recommendations;
    }

    /** The links whose two milestones are both among these (the timeline draws those in its window). */
    public List<Link> among(Collection<Long> milestoneIds) {
        if (milestoneIds.isEmpty()) {
            return List.of();
        }
        Set<Long> shown = Set.copyOf(milestoneIds);
        return milestones.findPredecessorLinks(shown).stream()
                .map(row -> new Link((Long) row[1], (Long) row[0]))
                .filter(link -> shown.contains(link.predecessorId()))
                .sorted(Comparator.comparing(Link::successorId).thenComparing(Link::predecessorId))
                .toList();
    }

    /** What the recommendation's milestones wait for, in due-date order, each with its warning. */
    public List<Waiting> ofRecommendation(Long recommendationId) {
        List<Milestone> own = milestones.findByRecommendationIdOrderByCurrentDueAscIdAsc(recommendationId);
        Map<Long, Milestone> predecessors = byId(own.stream().flatMap(m -> m.getPredecessorIds().stream()).toList());
        Map<Long, PlannedRecommendation> codes = recommendations.find(predecessors.values().stream()
                .map(Milestone::getRecommendationId).collect(Collectors.toSet()));
        List<Waiting> result = new ArrayList<>();
        for (Milestone m : own) {
            m.getPredecessorIds().stream().map(predecessors::get).filter(p -> p != null)
                    .sorted(Comparator.comparing(Milestone::getCurrentDue).thenComparing(Milestone::getId))
                    .forEach(p -> result.add(new Waiting(m.getId(), m.getName(), m.getCurrentDue(),
                            codes.get(p.getRecommendationId()).code(), p.getName(), p.getCurrentDue())));
        }
        return result;
    }

    /**
     * The successors that would be due before the milestone if it were due on {@code newDue}, and theirs in turn: each
     * would have to be due at least on the day its predecessor is. Completed ones are not pushed.
     */
    public List<PushedSuccessor> pushedBy(Long milestoneId, LocalDate newDue) {
        Map<Long, LocalDate> atLeast = new LinkedHashMap<>();
        Map<Long, Milestone> seen = new HashMap<>();
        Deque<Map.Entry<Long, LocalDate>> moved = new ArrayDeque<>();
        moved.add(Map.entry(milestoneId, newDue));
        while (!moved.isEmpty()) {
            Map.Entry<Long, LocalDate> next = moved.poll();
            for (Milestone s : milestones.findSuccessors(next.getKey())) {
                LocalDate due = atLeast.getOrDefault(s.getId(), s.getCurrentDue());
                if (!s.isCompleted() && due.isBefore(next.getValue()) && !s.getId().equals(milestoneId)) {
                    seen.put(s.getId(), s);
                    atLeast.put(s.getId(), next.getValue());
                    moved.add(Map.entry(s.getId(), next.getValue()));
                }
            }
        }
        Map<Long, PlannedRecommendation> codes = recommendations.find(seen.values().stream()
                .map(Milestone::getRecommendationId).collect(Collectors.toSet()));
        return atLeast.entrySet().stream().map(e -> {
            Milestone s = seen.get(e.getKey());
            return new PushedSuccessor(s.getId(), codes.get(s.getRecommendationId()).code(), s.getName(),
                    s.getCurrentDue(), e.getValue());
        }).sorted(Comparator.comparing(PushedSuccessor::currentDue).thenComparing(PushedSuccessor::milestoneId)).toList();
    }

    /**
     * What a request for a new due date would push ({@link #pushedBy}) while the group decides on it; nothing once
     * it is decided.
     */
    public List<PushedSuccessor> pushedByRequest(Long changeId) {
        return changes.findById(changeId).filter(c -> c.getStatus() == DeadlineChange.Status.PENDING)
                .map(c -> pushedBy(c.getMilestoneId(), c.getRequestedDue())).orElse(List.of());
    }

    /** The milestones of the plan's other recommendations that a milestone of this one's draft may wait for. */
    public List<Candidate> candidates(Long recommendationId) {
        PlannedRecommendation r = recommendations.get(recommendationId);
        List<PlannedRecommendation> others = recommendations.inPlan(r.planId()).stream()
                .filter(o -> !o.id().equals(recommendationId)).toList();
        Map<Long, Milestone> ofOthers = byRecommendations(others.stream().map(PlannedRecommendation::id).toList());
        List<Candidate> result = new ArrayList<>();
        for (PlannedRecommendation o : others) {
            ofOthers.values().stream().filter(m -> m.getRecommendationId().equals(o.id()))
                    .sorted(Comparator.comparing(Milestone::getCurrentDue).thenComparing(Milestone::getId))
                    .forEach(m -> result.add(new Candidate(m.getId(), o.code(), m.getName(), m.getCurrentDue())));
        }
        return result;
    }

    /**
     * The rows of a draft due before a milestone they wait for: another row, or a milestone of another recommendation
     * (the plan is saved all the same; the lead and the group see the warning).
     */
    public List<DraftWarning> warnings(List<MilestoneDraft> drafts) {
        Map<Long, Milestone> existing = byId(drafts.stream().flatMap(d -> d.predecessors().stream())
                .filter(p -> !p.inDraft()).map(Predecessor::milestoneId).toList());
        List<DraftWarning> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MilestoneDraft d = drafts.get(i);
            for (Predecessor p : d.predecessors()) {
                String name = null;
                LocalDate due = null;
                if (p.inDraft() && p.row() >= 1 && p.row() <= drafts.size()) {
                    name = drafts.get(p.row() - 1).name();
                    due = drafts.get(p.row() - 1).dueDate();
                } else if (!p.inDraft() && existing.containsKey(p.milestoneId())) {
                    name = existing.get(p.milestoneId()).getName();
                    due = existing.get(p.milestoneId()).getCurrentDue();
                }
                if (due != null && d.dueDate() != null && d.dueDate().isBefore(due)) {
                    result.add(new DraftWarning(i + 1, d.name(), d.dueDate(), name, due));
                }
            }
        }
        return result;
    }

    /**
     * The first circle found in a graph of who waits for whom ({@code waitsFor}: each node to the nodes it waits for),
     * as the nodes along it with the first repeated at the end; empty when there is none.
     */
    public static <K> Optional<List<K>> cycle(Map<K, ? extends Collection<K>> waitsFor) {
        Map<K, Integer> state = new HashMap<>();
        for (K start : waitsFor.keySet()) {
            List<K> path = new ArrayList<>();
            Optional<List<K>> found = visit(start, waitsFor, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static final int VISITING = 1;
    private static final int DONE = 2;

    private static <K> Optional<List<K>> visit(K node, Map<K, ? extends Collection<K>> waitsFor, Map<K, Integer> state,
                                               List<K> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == DONE) {
            return Optional.empty();
        }
        if (seen != null) {
            List<K> circle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            circle.add(node);
            return Optional.of(circle);
        }
        state.put(node, VISITING);
        path.add(node);
        Collection<K> waited = waitsFor.get(node);
        for (K next : waited == null ? List.<K>of() : waited) {
            Optional<List<K>> found = visit(next, waitsFor, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, DONE);
        return Optional.empty();
    }

    /** Every milestone of the plan except those of one recommendation's draft, with what each waits for. */
    Map<Long, Milestone> planMilestones(Long planId) {
        return byRecommendations(recommendations.inPlan(planId).stream().map(PlannedRecommendation::id).toList());
    }

    private Map<Long, Milestone> byRecommendations(List<Long> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return Map.of();
        }
        return milestones.findByRecommendationIdIn(recommendationIds).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Long, Milestone> byId(List<Long> ids) {
        return milestones.findAllById(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity()));
    }

    /** The plans these recommendations belong to. */
    Set<Long> recommendationPlans(Set<Long> recommendationIds) {
        return recommendations.find(recommendationIds).values().stream().map(PlannedRecommendation::planId)
                .collect(Collectors.toSet());
    }

    String code(Long recommendationId) {
        return recommendations.get(recommendationId).code();
    }
}
