package org.mixedmovements.tracker.workinggroup;

/**
 * A member organisation voted on (or objected to) a decision: the organisation's part of the decision is done, whoever
 * of its representatives cast it.
 */
public record VoteCast(Long decisionId, Long organisationId, Long recommendationId) {
}
