package org.mixedmovements.tracker.milestone;

/** Where a milestone stands, as the milestone list filters it. */
public enum MilestoneStage {
    /** Proposed in a plan the working group has not approved yet. */
    IN_DRAFT,
    /** In force and not completed: its owner works on it. */
    OPEN,
    /** Completed. */
    COMPLETED
}
