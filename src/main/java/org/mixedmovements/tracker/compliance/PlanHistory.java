package org.mixedmovements.tracker.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.audit.AuditRecord;
import org.mixedmovements.tracker.milestone.DeadlineChangeService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;

/**
 * A plan's figures on any past day, from what the database knows: the status of each recommendation from the snapshots
 * its audit entries recorded, each milestone's entry into force (the plan's approval), completion and due-date changes
 * from the audit entries of its recommendation, and the milestone's dates. Where an entry is missing (data loaded
 * without the application's services), the present stands for the past: a milestone counts as in force from the
 * first day, as completed from its completion date, a recommendation in its present status.
 */
final class PlanHistory {

    /** The dates of a milestone in force, from the read model. */
    record MilestoneDates(Long id, LocalDate baselineDue, LocalDate currentDue, LocalDate completedOn) {
    }

    // the audit entries written by the milestone feature (ImplementationPlanService, DeadlineChangeService)
    static final String PLAN_ACTIVATED = "PLAN_ACTIVATED";
    static final String MILESTONE_COMPLETED = "MILESTONE_COMPLETED";
    static final String DEADLINE_CHANGED = "DEADLINE_CHANGED";
    /** "R2 [IN_IMPLEMENTATION, lead 5]": a recommendation's state as RecommendationService records it. */
    private static final Pattern STATUS = Pattern.compile("^\\S+ \\[([A-Z_]+)[,\\]]");
    private static final Pattern ACTIVATED = Pattern.compile(": milestones \\[([0-9, ]*)]$");
    private static final Pattern MILESTONE = Pattern.compile("^milestone (\\d+)$");
    private static final Pattern NEW_DUE = Pattern.compile(": due (\\d{4}-\\d{2}-\\d{2}) \\(baseline [0-9-]+\\)$");

    private record Change<T>(Instant at, T value) {
    }

    private final ZoneId zone;
    private final Map<Long, RecommendationStatus> present;
    private final Map<Long, List<Change<RecommendationStatus>>> statuses = new HashMap<>();
    private final List<MilestoneDates> milestones;
    private final Map<Long, Instant> activated = new HashMap<>();
    private final Map<Long, Instant> completed = new HashMap<>();
    private final Map<Long, List<Change<LocalDate>>> dueChanges = new HashMap<>();
    private Instant first;

    /**
     * @param present    each recommendation's present status
     * @param milestones the plan's milestones in force
     * @param records    the audit entries about the plan's recommendations, oldest first
     */
    PlanHistory(ZoneId zone, Map<Long, RecommendationStatus> present, List<MilestoneDates> milestones,
                List<AuditRecord> records) {
        this.zone = zone;
        this.present = present;
        this.milestones = milestones;
        records.forEach(this::read);
    }

    private void read(AuditRecord r) {
        if (first == null || r.occurredAt().isBefore(first)) {
            first = r.occurredAt();
        }
        String snapshot = r.snapshot() == null ? "" : r.snapshot();
        switch (r.action()) {
            case PLAN_ACTIVATED -> match(ACTIVATED, snapshot).ifPresent(ids -> {
                for (String id : ids.split(",\\s*")) {
                    if (!id.isBlank()) {
                        activated.putIfAbsent(Long.valueOf(id.strip()), r.occurredAt());
                    }
                }
            });
            case MILESTONE_COMPLETED -> match(MILESTONE, snapshot)
                    .ifPresent(id -> completed.putIfAbsent(Long.valueOf(id), r.occurredAt()));
            case DEADLINE_CHANGED -> match(MILESTONE, snapshot).ifPresent(id -> newDue(r)
                    .ifPresent(due -> dueChanges.computeIfAbsent(Long.valueOf(id), k -> new ArrayList<>())
                            .add(new Change<>(r.occurredAt(), LocalDate.parse(due)))));
            default -> match(STATUS, snapshot).flatMap(PlanHistory::status).ifPresent(status -> statuses
                    .computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(new Change<>(r.occurredAt(), status)));
        }
    }

    /**
     * The new due date of a DEADLINE_CHANGED entry: its details' second argument, or for an entry recorded before
     * details had keys (V26), read from its English summary.
     */
    private static Optional<String> newDue(AuditRecord r) {
        if (r.details() != null && DeadlineChangeService.DEADLINE_CHANGED_DETAILS.equals(r.details().key())) {
            return Optional.of(r.details().value(1)).filter(due -> !due.isEmpty());
        }
        return r.summary() == null ? Optional.empty() : match(NEW_DUE, r.summary());
    }

    /** The first day the database knows anything of the plan's recommendations; empty when it knows nothing. */
    Optional<LocalDate> firstDay() {
        return Optional.ofNullable(first).map(at -> LocalDate.ofInstant(at, zone));
    }

    /** The figures as they stood at the end of that day (the plan's time zone). */
    DayFigures on(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        int accepted = 0;
        int implemented = 0;
        for (Map.Entry<Long, RecommendationStatus> r : present.entrySet()) {
            List<Change<RecommendationStatus>> changes = statuses.get(r.getKey());
            // before its first recorded change a recommendation had no response yet
            Optional<Implementation> stage = Implementation.of(changes == null ? r.getValue()
                    : latest(changes, end, RecommendationStatus.NEW));
            if (stage.isPresent()) {
                accepted++;
                implemented += stage.get().implemented() ? 1 : 0;
            }
        }
        int done = 0;
        int onTime = 0;
        int overdue = 0;
        int planned = 0;
        for (MilestoneDates m : milestones) {
            Instant inForce = activated.get(m.id());
            if (inForce != null && !inForce.isBefore(end)) {
                continue;
            }
            LocalDate due = latest(dueChanges.getOrDefault(m.id(), List.of()), end, m.baselineDue());
            if (isCompletedBy(m, end)) {
                done++;
                onTime += m.completedOn().isAfter(due) ? 0 : 1;
            } else if (day.isAfter(due)) {
                overdue++;
            }
            planned += m.baselineDue().isAfter(day) ? 0 : 1;
        }
        return new DayFigures(day, accepted, implemented, done, onTime, overdue, planned);
    }

    private boolean isCompletedBy(MilestoneDates m, Instant end) {
        if (m.completedOn() == null) {
            return false;
        }
        Instant at = completed.getOrDefault(m.id(), m.completedOn().atStartOfDay(zone).toInstant());
        return at.isBefore(end);
    }

    /** The value of the last change before the end, or the value before any change. */
    private static <T> T latest(List<Change<T>> changes, Instant end, T before) {
        T value = before;
        for (Change<T> change : changes) {
            if (change.at().isBefore(end)) {
                value = change.value();
            }
        }
        return value;
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<RecommendationStatus> status(String name) {
        try {
            return Optional.of(RecommendationStatus.valueOf(name));
        } catch (IllegalArgumentException notAStatus) {
            return Optional.empty();
        }
    }
}
