package org.mixedmovements.tracker.recommendation;

/** The secretariat named the lead organisation of a recommendation: its focal points draft the plan. */
public record LeadNamed(Long recommendationId, Long leadOrganisationId) {
}
