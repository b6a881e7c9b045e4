package org.mixedmovements.tracker.progressreport;

import java.time.Instant;
import java.time.LocalDate;
import org.mixedmovements.tracker.plan.ReportingPeriod;

/**
 * A progress report as lists, the recommendation page, the meeting pack and the compliance report show it. The content
 * fields are null until it is submitted; {@code overdue} says that it is missing after its due date (plan time zone).
 */
public record ProgressReportRow(Long id, Long recommendationId, String recommendationCode, String recommendationTitle,
                                Long organisationId, String organisationCode, String organisationName,
                                ReportingPeriod period, LocalDate periodStart, LocalDate periodEnd,
                                LocalDate dueDate, boolean overdue, boolean escalated, Instant submittedAt,
                                LocalDate submittedOn, String submittedBy, String narrative, Integer progress,
                                String obstacles, String nextSteps, String evidenceLink) {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Submitted after its due date. */
    public boolean submittedLate() {
        return submittedOn != null && submittedOn.isAfter(dueDate);
    }

    /** The period in words is {@code period.labelKey()} with these arguments: the year, then the month, quarter or half. */
    public Object[] periodLabelArguments() {
        return period.labelArguments(periodStart);
    }
}
