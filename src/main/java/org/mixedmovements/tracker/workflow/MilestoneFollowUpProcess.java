package org.mixedmovements.tracker.workflow;

/** Ids of bpmn/milestone-follow-up.bpmn, its variables and messages. */
public final class MilestoneFollowUpProcess {

    public static final String PROCESS_ID = "milestone-follow-up";
    public static final String TASK_WORK_ON_MILESTONE = "Task_WorkOnMilestone";
    public static final String BOUNDARY_DEADLINE_CHANGE_REQUESTED = "BoundaryEvent_DeadlineChangeRequested";
    public static final String CALL_DECIDE_DEADLINE_CHANGE = "CallActivity_DecideDeadlineChange";
    public static final String SERVICE_APPLY_NEW_DUE_DATE = "ServiceTask_ApplyNewDueDate";
    public static final String SERVICE_REFUSE_DEADLINE_CHANGE = "ServiceTask_RefuseDeadlineChange";
    public static final String CALL_DECIDE_MILESTONE = "CallActivity_DecideMilestone";
    public static final String SERVICE_REOPEN_MILESTONE = "ServiceTask_ReopenMilestone";
    public static final String SERVICE_COMPLETE_MILESTONE = "ServiceTask_CompleteMilestone";
    public static final String END_COMPLETED = "EndEvent_MilestoneCompleted";
    public static final String MESSAGE_DEADLINE_CHANGE_REQUESTED = "DeadlineChangeRequested";

    /** Long: the milestone followed up. */
    public static final String VAR_MILESTONE_ID = "milestoneId";
    /** Long: the deadline change asked for; set when the request is correlated. */
    public static final String VAR_DEADLINE_CHANGE_ID = "deadlineChangeId";

    private MilestoneFollowUpProcess() {
    }
}
