package org.mixedmovements.tracker.milestone;

/** The lead organisation submitted the recommendation's implementation plan to the working group. */
public record ImplementationPlanSubmitted(Long recommendationId) {
}
