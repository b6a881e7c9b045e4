package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * One milestone in a deadline list (overdue, or due soon), with what a reader needs to act on it.
 *
 * @param countryIso2 null for a regional milestone
 * @param daysLate    today (in the plan's time zone) minus the current due date: positive when late, zero on the
 *                    due date, negative before it
 */
public record DeadlineRow(Long milestoneId, String milestoneName, Long recommendationId, String recommendationCode,
                          Long ownerOrganisationId, String ownerOrganisationCode, String countryIso2,
                          LocalDate currentDue, long daysLate, ComplianceStatus complianceStatus, int progress) {

    /** Days until the due date: 0 on the due date itself. */
    public long daysLeft() {
        return -daysLate;
    }
}
