package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/** The working group approved the plan: the milestone is in force and counts from now on, owned and due as here. */
public record MilestoneActivated(Long milestoneId, Long recommendationId, Long ownerOrganisationId, LocalDate due)
        implements MilestoneEvent {
}
