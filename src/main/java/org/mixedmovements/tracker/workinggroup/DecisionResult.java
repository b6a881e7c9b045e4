package org.mixedmovements.tracker.workinggroup;

/** How a decision ended, with the reasons of a rejection. */
public record DecisionResult(Outcome outcome, String reason) {
}
