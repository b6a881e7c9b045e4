package org.mixedmovements.tracker.recommendation;

/** The group took a recommendation up and named its lead: its implementation process starts. */
public record RecommendationAdopted(Long recommendationId, Long leadOrganisationId) {
}
