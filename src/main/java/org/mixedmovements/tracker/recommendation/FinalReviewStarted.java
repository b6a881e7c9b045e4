package org.mixedmovements.tracker.recommendation;

/** Every milestone of the recommendation is completed: the secretariat reviews the outcome and closes it. */
public record FinalReviewStarted(Long recommendationId) {
}
