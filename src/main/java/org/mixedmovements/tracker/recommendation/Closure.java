package org.mixedmovements.tracker.recommendation;

/** How the final review closes a recommendation. */
public enum Closure {
    IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED;

    RecommendationStatus status() {
        return RecommendationStatus.valueOf(name());
    }
}
