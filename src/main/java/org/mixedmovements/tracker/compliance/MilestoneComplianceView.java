package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.ReportedStatus;

/** One milestone as the compliance lists show it. */
public record MilestoneComplianceView(Long milestoneId, Long recommendationId, Long ownerOrganisationId,
                                      String countryIso2, LocalDate baselineDue, LocalDate currentDue,
                                      LocalDate completedOn, ReportedStatus reportedStatus, int progress,
                                      ComplianceStatus complianceStatus, int slippageDays) {
}
