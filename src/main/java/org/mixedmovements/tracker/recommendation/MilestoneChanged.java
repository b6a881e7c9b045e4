package org.mixedmovements.tracker.recommendation;

/** Something about a milestone changed (approved, reported, completed, reopened, due date moved). */
public record MilestoneChanged(Long milestoneId) {
}
