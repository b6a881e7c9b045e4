package org.mixedmovements.tracker.recommendation;

import java.util.List;

/** The working group approved a recommendation's plan: these milestones are now to be worked. */
public record ImplementationPlanApproved(Long recommendationId, List<Long> milestoneIds) {
}
