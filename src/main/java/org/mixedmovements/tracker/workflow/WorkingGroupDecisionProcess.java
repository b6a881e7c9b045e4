package org.mixedmovements.tracker.workflow;

/** Ids of bpmn/working-group-decision.bpmn and its variables. */
public final class WorkingGroupDecisionProcess {

    public static final String PROCESS_ID = "working-group-decision";

    public static final String GATEWAY_RULE = "Gateway_DecisionRule";
    public static final String TASK_CAST_VOTE = "Task_CastVote";
    public static final String TASK_CHAIR_DECIDES = "Task_ChairDecides";
    public static final String TASK_CONSIDER_OBJECTION = "Task_ConsiderObjection";
    public static final String BOUNDARY_OBJECTION_PERIOD_ENDED = "BoundaryEvent_ObjectionPeriodEnded";
    public static final String BOUNDARY_VOTING_CLOSED = "BoundaryEvent_VotingClosed";
    public static final String BOUNDARY_VOTE_CLOSING_SOON = "BoundaryEvent_VoteClosingSoon";
    public static final String BOUNDARY_OBJECTION_CLOSING_SOON = "BoundaryEvent_ObjectionClosingSoon";
    public static final String SERVICE_REMIND_MEMBERS = "ServiceTask_RemindMembers";
    public static final String SERVICE_CLOSE_VOTING = "ServiceTask_CloseVoting";
    public static final String TASK_RESOLVE_QUORUM = "Task_ResolveMissingQuorum";
    public static final String TASK_RECORD_CONSENSUS = "Task_RecordConsensus";
    public static final String SERVICE_CLOSE_DECISION = "ServiceTask_CloseDecision";
    public static final String END_EVENT = "EndEvent_DecisionTaken";

    /** Long: the decision (domain row) this process settles. Passed in by the caller. */
    public static final String VAR_DECISION_ID = "decisionId";
    /** String: MAJORITY, NO_OBJECTION or CONSENSUS; set with the decision id. */
    public static final String VAR_DECISION_RULE = "decisionRule";
    /** String: candidate group of one vote task ("wg:CODE"), the multi-instance element variable. */
    public static final String VAR_VOTER_GROUP = "voterGroup";
    /** Boolean: the vote closed with its quorum (the votes cast decide). */
    public static final String VAR_QUORUM_REACHED = "quorumReached";
    /** String: EXTEND or MEETING, the secretariat's choice for a vote without its quorum. */
    public static final String VAR_QUORUM_RESOLUTION = "quorumResolution";
    /** String: APPROVED or REJECTED; returned to the caller. */
    public static final String VAR_OUTCOME = "decisionOutcome";
    /** String: the reasons of a rejection; returned to the caller. */
    public static final String VAR_REASON = "decisionReason";

    private WorkingGroupDecisionProcess() {
    }
}
