package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.ReportedStatus;
import java.time.LocalDate;
import java.time.ZoneId;

/** Everything the compliance rules need about one milestone, read from the domain tables. */
public record MilestoneFacts(Long milestoneId, Long planId, Long recommendationId, String theme,
                             CoordinationLevel level, Long ownerOrganisationId, String countryIso2, ZoneId planZone,
                             int atRiskDays, LocalDate plannedStart, LocalDate baselineDue, LocalDate currentDue,
                             LocalDate completedOn, ReportedStatus reportedStatus, int progress, boolean inForce) {
}
