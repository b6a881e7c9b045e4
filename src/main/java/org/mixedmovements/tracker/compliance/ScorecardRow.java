package org.mixedmovements.tracker.compliance;

import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * One organisation's scorecard: its milestones in force by status, how many it completed on time, how far their due
 * dates moved, the votes it has not cast and the progress reports it has not written.
 *
 * @param onTimeRate     completed on time out of completed, in whole per cent rounded down; null before any completion
 * @param slippageDays   days its milestones' due dates moved in all (current due date − baseline)
 * @param votesNotCast   open majority votes of the plan in which the organisation is awaited
 * @param reportsMissing progress reports it owes as lead that are past their due date
 */
public record ScorecardRow(Long organisationId, String code, String name, long milestones,
                           Map<ComplianceStatus, Long> byStatus, Integer onTimeRate, long slipped, long slippageDays,
                           long votesNotCast, long reportsMissing) {

    public long count(ComplianceStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** The mean slippage of its milestones in days, to one decimal (rounded half up); 0 without milestones. */
    public double averageSlippage() {
        return milestones == 0 ? 0 : Math.round(slippageDays * 10.0 / milestones) / 10.0;
    }
}
