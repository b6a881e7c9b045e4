package org.mixedmovements.tracker.recommendation;

/** The secretariat's proposed response, as the working group decides on it. */
public record ResponseProposal(GroupResponse response, String reason, String targetPeriod) {
}
