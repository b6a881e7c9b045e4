package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * One milestone in force on the timeline: its owner (code and name), its planned period, its baseline and current due
 * dates (they differ when the due date was moved: slippage), the day it was completed, and its compliance status from
 * the read model.
 */
public record TimelineMilestone(Long milestoneId, Long recommendationId, String name, String ownerCode,
                                String ownerName,
                                String countryIso2, LocalDate plannedStart, LocalDate baselineDue,
                                LocalDate currentDue, LocalDate completedOn, ComplianceStatus status, int progress,
                                int slippageDays) {

    /** The bar's first day: the planned start, or the due date for a milestone without one. */
    public LocalDate start() {
        return plannedStart != null ? plannedStart : currentDue;
    }

    /** Whether the due date was moved from its baseline. */
    public boolean slipped() {
        return !baselineDue.equals(currentDue);
    }
}
