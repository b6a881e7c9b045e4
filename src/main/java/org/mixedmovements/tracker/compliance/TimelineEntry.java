package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/** A read-model row as the timeline query selects it, before names are added. */
record TimelineEntry(Long milestoneId, Long recommendationId, Long ownerOrganisationId, String countryIso2,
                     LocalDate plannedStart, LocalDate baselineDue, LocalDate currentDue, LocalDate completedOn,
                     ComplianceStatus status, int progress, int slippageDays) {
}
