package org.mixedmovements.tracker.milestone;

/** The working group did not accept the evidence: the owner works on. */
public record MilestoneReopened(Long milestoneId, Long recommendationId) implements MilestoneEvent {
}
