package org.mixedmovements.tracker.progressreport;

import java.time.LocalDate;
import org.mixedmovements.tracker.plan.ReportingPeriod;

/**
 * Something happened to a progress report: it became due at the end of its period, its lead was reminded, it was
 * escalated to the secretariat, or it was submitted. Published once per report and step, in the transaction of the
 * change.
 */
public record ProgressReportStep(Step step, Long reportId, Long recommendationId, Long organisationId,
                                 ReportingPeriod period, LocalDate periodStart, LocalDate dueDate) {

    public enum Step {
        DUE, REMINDED, ESCALATED, SUBMITTED
    }
}
