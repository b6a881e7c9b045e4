package org.mixedmovements.tracker.milestone;

/** The working group approved the recommendation's implementation plan: its milestones are in force. */
public record ImplementationPlanApproved(Long recommendationId) {
}
