package org.mixedmovements.tracker.workinggroup;

/** The working group took a decision. */
public record DecisionTaken(Long decisionId, DecisionType type, Long subjectId, Outcome outcome) {
}
