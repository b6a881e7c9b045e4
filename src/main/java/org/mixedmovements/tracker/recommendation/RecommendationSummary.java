package org.mixedmovements.tracker.recommendation;

/** A recommendation as lists and task cards show it. */
public record RecommendationSummary(Long id, Long planId, String code, String title, String theme,
                                    CoordinationLevel level, Scope scope, RecommendationStatus status,
                                    GroupResponse response,
                                    Long leadOrganisationId, String leadOrganisationCode, int approvedMilestones,
                                    int progress) {
}
