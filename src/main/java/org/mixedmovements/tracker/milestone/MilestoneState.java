package org.mixedmovements.tracker.milestone;

/** A milestone is proposed in a draft plan and counts only once the working group approved the plan. */
public enum MilestoneState {
    PROPOSED, APPROVED
}
