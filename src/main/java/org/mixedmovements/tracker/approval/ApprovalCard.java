package org.mixedmovements.tracker.approval;

import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.milestone.DecisionSubjects;
import org.mixedmovements.tracker.recommendation.ResponseProposal;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;

/**
 * One decision as the approvals view shows it. Only the fields of the decision's type are set: the proposed response,
 * the plan's milestones, the milestone's evidence or the requested new date.
 *
 * @param myVote the vote my organisation cast, if any
 * @param action what I may do now (null: nothing, see {@code standing})
 * @param taskId my organisation's open task on the decision, through which I vote ({@code MyTaskService.vote}, the
 *               same road as from My tasks), or the secretariat's task on a vote without its quorum; null otherwise
 * @param mayNudge I may ask the members who have not acted to act (the secretariat or the chair, once a day)
 * @param planZone the plan's time zone, in which the card shows times
 */
public record ApprovalCard(DecisionProgress decision, String recommendationCode, String recommendationTitle,
                           String planCode, ResponseProposal response,
                           List<DecisionSubjects.ProposedMilestone> milestones,
                           DecisionSubjects.MilestoneEvidence evidence,
                           DecisionSubjects.RequestedDueDate requestedDueDate, DecisionSummary.CastVote myVote,
                           Standing standing, DecisionTasks.Action action, String taskId, boolean mayNudge,
                           ZoneId planZone) {

    /** Where I stand on this decision. */
    public enum Standing {
        /** My organisation may vote (or object, or break the tie) now. */
        MAY_VOTE,
        /** My organisation has voted. */
        VOTED,
        /** My organisation owns what is decided: it does not vote. */
        RECUSED,
        /** Taken by consensus at a meeting, which the secretariat records. */
        AT_MEETING,
        /** I do not vote on it (the secretariat, or an organisation without a vote). */
        READ_ONLY,
        /** The vote closed without its quorum: the secretariat extends it or puts it to a meeting. */
        QUORUM_MISSED,
        /** The decision is taken. */
        DECIDED
    }

    public boolean mayVote() {
        return standing == Standing.MAY_VOTE;
    }

    /** I (the secretariat) decide what happens to a vote that closed without its quorum. */
    public boolean mayResolveQuorum() {
        return action == DecisionTasks.Action.RESOLVE_QUORUM;
    }
}
