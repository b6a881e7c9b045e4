package org.mixedmovements.tracker.assignment;

import org.mixedmovements.tracker.recommendation.MilestoneListRow;

/** A milestone of the list, with the person its open work task is assigned to (null if nobody in particular). */
public record AssignableMilestone(MilestoneListRow milestone, String workAssignee) {

    public Long id() {
        return milestone.id();
    }
}
