package org.mixedmovements.tracker.recommendation;

/** A recommendation found by a search, with a piece of its full text around the first word found, if it is there. */
public record RecommendationHit(Long id, String planCode, String code, String title, RecommendationStatus status,
                                String excerpt) {
}
