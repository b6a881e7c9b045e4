package org.mixedmovements.tracker.recommendation;

import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;

/**
 * Where a recommendation stands and who acts next, as the sentence above its process diagram says it: its status,
 * its lead, the working group's open decisions on it and how far its milestones are.
 *
 * @param leadName            the lead organisation's name (null before one is named)
 * @param decisions           the group's open decisions on it, most urgent first
 * @param milestones          its milestones in force
 * @param milestonesCompleted those of them completed
 * @param next                the milestone in force due soonest that is not completed (null when none is)
 */
public record RecommendationStanding(RecommendationStatus status, String leadName, List<OpenDecision> decisions,
                                     int milestones, int milestonesCompleted, NextMilestone next) {

    /**
     * An open decision and where its rule stands.
     *
     * @param milestoneName the milestone decided on (a milestone's decision; null for the others)
     * @param cast          votes (or answers, under no objection) counted so far
     * @param eligible      members who may vote
     * @param lastDay       the last day to vote or object, in the plan's time zone (null for a consensus)
     * @param tie           the votes are tied and the chair's casting vote is awaited
     * @param quorumMissed  the vote closed without its quorum: the secretariat extends it or puts it to a meeting
     */
    public record OpenDecision(DecisionType type, String milestoneName, DecisionRule rule, int cast, int eligible,
                               LocalDate lastDay, boolean tie, boolean quorumMissed) {
    }

    /** The milestone due next, with its owner organisation's code. */
    public record NextMilestone(String name, LocalDate due, String ownerCode) {
    }
}
