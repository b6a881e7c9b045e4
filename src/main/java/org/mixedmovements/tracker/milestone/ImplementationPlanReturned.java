package org.mixedmovements.tracker.milestone;

/** The working group sent the implementation plan back to the lead organisation, with its reasons. */
public record ImplementationPlanReturned(Long recommendationId, String reason) {
}
