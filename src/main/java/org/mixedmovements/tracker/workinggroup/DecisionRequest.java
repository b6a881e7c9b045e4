package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.Wording;

/**
 * What a decision is about. The owner organisation (the lead of a plan, the owner of a milestone) does not vote on it
 * and is not counted for the quorum. The proposal is one of the bundles' {@code decision.proposal.*} texts with its
 * arguments, so that each member reads it in their own language.
 */
public record DecisionRequest(DecisionType type, String subjectType, Long subjectId, Long recommendationId,
                              Long planId, Long ownerOrganisationId, Wording proposal) {
}
