package org.mixedmovements.tracker.recommendation;

/** The secretariat put a recommendation on the group's agenda: its follow-up process starts. */
public record RecommendationPutOnAgenda(Long recommendationId) {
}
