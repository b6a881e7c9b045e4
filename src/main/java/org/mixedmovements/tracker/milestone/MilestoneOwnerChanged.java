package org.mixedmovements.tracker.milestone;

/**
 * The secretariat or the chair gave a milestone to another organisation. Published in the reassigning transaction:
 * the milestone's open work moves to the new owner at once, and the new owner is told.
 */
public record MilestoneOwnerChanged(Long milestoneId, Long recommendationId, String milestoneName,
                                    Long previousOwnerId, String previousOwnerCode, Long newOwnerId,
                                    String newOwnerCode, String reason, String changedBy) implements MilestoneEvent {
}
