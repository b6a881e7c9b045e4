package org.mixedmovements.tracker.recommendation;

/** The final review closed the recommendation (implemented, partially implemented or not implemented). */
public record RecommendationClosed(Long recommendationId, Closure closure) {
}
