package org.mixedmovements.tracker.workinggroup;

/**
 * What a decision is about. The owner organisation (the lead of a plan, the owner of a milestone) does not vote on it
 * and is not counted for the quorum.
 */
public record DecisionRequest(DecisionType type, String subjectType, Long subjectId, Long recommendationId,
                              Long planId, Long ownerOrganisationId, String proposal) {
}
