package org.mixedmovements.tracker.workinggroup;

/** A member organisation voted (or objected, or consented) on a decision: its part of the work is done. */
public record VoteCast(Long decisionId, Long organisationId, Long recommendationId) {
}
