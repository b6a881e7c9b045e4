package org.mixedmovements.tracker.workinggroup;

/** The working group took a decision on (something of) the recommendation. */
public record DecisionTaken(Long decisionId, DecisionType type, Long subjectId, Outcome outcome,
                            Long recommendationId) {
}
