package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.MilestoneStage;

/** Which milestones the milestone list shows; null fields (and blank text) do not filter. */
public record MilestoneFilter(Long planId, Long ownerOrganisationId, MilestoneStage stage, String text) {

    public static MilestoneFilter none() {
        return new MilestoneFilter(null, null, null, null);
    }

    public static MilestoneFilter text(String text) {
        return new MilestoneFilter(null, null, null, text);
    }
}
