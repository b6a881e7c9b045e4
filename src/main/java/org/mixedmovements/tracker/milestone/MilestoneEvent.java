package org.mixedmovements.tracker.milestone;

/**
 * Something happened to a milestone. Each is registered by the {@link Milestone} itself when its state changes and
 * published when the milestone is saved, in the same transaction, so a listener (the compliance read model, the
 * notifications, the task lists) can never miss one.
 */
public sealed interface MilestoneEvent permits MilestoneActivated, MilestoneReported, MilestoneCompleted,
        MilestoneReopened, MilestoneDueDateMoved, MilestoneOwnerChanged {

    Long milestoneId();

    Long recommendationId();
}
