package org.mixedmovements.tracker.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The compliance rules of docs/compliance.md, as pure functions of calendar dates in the plan's time zone. Nothing
 * here reads a clock: callers pass "today" in the plan's zone, so the server's zone never changes a result.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    /** Today's calendar date in the plan's time zone, whatever the server's zone. */
    public static LocalDate today(Instant now, ZoneId planZone) {
        return LocalDate.ofInstant(now, planZone);
    }

    /**
     * @param today      the current calendar date in the plan's time zone
     * @param atRiskDays the plan's "at risk" window before the due date (30 by default)
     */
    public static ComplianceStatus statusOf(ReportedStatus reported, int progress, LocalDate plannedStart,
                                            LocalDate due, LocalDate completedOn, LocalDate today, int atRiskDays) {
        if (reported == ReportedStatus.DONE && completedOn != null) {
            return completedOn.isAfter(due) ? ComplianceStatus.COMPLETED_LATE : ComplianceStatus.COMPLETED_ON_TIME;
        }
        if (today.isAfter(due)) {
            return ComplianceStatus.OVERDUE;
        }
        if (plannedStart != null && today.isBefore(plannedStart)) {
            return ComplianceStatus.NOT_DUE_YET;
        }
        boolean dueSoon = !today.isBefore(due.minusDays(atRiskDays));
        if (dueSoon && progress < expectedProgress(plannedStart, due, today, atRiskDays)) {
            return ComplianceStatus.AT_RISK;
        }
        return ComplianceStatus.ON_TRACK;
    }

    /**
     * The share of the planned period (planned start to due date) that has elapsed by today, in percent, rounded
     * down; without a planned start, the at-risk window stands for the planned period.
     */
    public static int expectedProgress(LocalDate plannedStart, LocalDate due, LocalDate today, int atRiskDays) {
        LocalDate start = plannedStart != null ? plannedStart : due.minusDays(atRiskDays);
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) {
            return today.isBefore(due) ? 0 : 100;
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        return (int) (elapsed * 100 / total);
    }

    /** A recommendation's progress: the mean of its approved milestones' progress, rounded down; 0 without any. */
    public static int progressOf(List<Integer> milestoneProgress) {
        if (milestoneProgress.isEmpty()) {
            return 0;
        }
        long sum = milestoneProgress.stream().mapToLong(Integer::longValue).sum();
        return (int) (sum / milestoneProgress.size());
    }

    /** Days the current due date lies after the baseline (slippage); 0 when it was not moved, negative if earlier. */
    public static long slippageDays(LocalDate baselineDue, LocalDate currentDue) {
        return ChronoUnit.DAYS.between(baselineDue, currentDue);
    }

    /** Days past the due date, counting from the first day after it; 0 when not late. */
    public static long daysLate(LocalDate due, LocalDate completedOrToday) {
        return Math.max(0, ChronoUnit.DAYS.between(due, completedOrToday));
    }
}
