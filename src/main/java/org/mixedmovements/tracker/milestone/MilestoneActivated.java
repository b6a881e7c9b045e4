package org.mixedmovements.tracker.milestone;

/** The working group approved the plan: the milestone is in force and counts from now on. */
public record MilestoneActivated(Long milestoneId, Long recommendationId) implements MilestoneEvent {
}
