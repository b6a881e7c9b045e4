package org.mixedmovements.tracker.progressreport;

/**
 * What a progress report needs to know of its recommendation, as the recommendation module tells it.
 *
 * @param inImplementation whether its implementation plan is in force (not before its approval, not once every
 *                         milestone is completed)
 */
public record ReportedRecommendation(Long id, String code, String title, Long planId, Long leadOrganisationId,
                                     boolean inImplementation) {
}
