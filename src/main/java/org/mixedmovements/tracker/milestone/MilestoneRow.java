package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/**
 * A milestone with its derived compliance status and slippage, as of today in the plan's time zone, its version (the
 * API's ETag), and the group's review while a completion it reported waits for the group ({@code null} otherwise).
 */
public record MilestoneRow(Long id, Long recommendationId, String name, Long ownerOrganisationId, String ownerCode,
                           String countryIso2, LocalDate plannedStart, LocalDate baselineDue, LocalDate currentDue,
                           boolean evidenceRequired, MilestoneState state, ReportedStatus reportedStatus, int progress,
                           LocalDate completedOn, ComplianceStatus compliance, long slippageDays,
                           long version, GroupReview review) {
}
