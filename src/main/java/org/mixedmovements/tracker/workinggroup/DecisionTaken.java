package org.mixedmovements.tracker.workinggroup;

/**
 * The working group took a decision on (something of) the recommendation.
 *
 * @param rule      the rule it was taken by (a vote without its quorum put to a meeting: consensus)
 * @param approvals the eligible organisations' votes for (or consents), not the chair's casting vote
 * @param rejections the votes against (or objections)
 */
public record DecisionTaken(Long decisionId, DecisionType type, Long subjectId, Outcome outcome,
                            Long recommendationId, DecisionRule rule, int approvals, int rejections) {
}
