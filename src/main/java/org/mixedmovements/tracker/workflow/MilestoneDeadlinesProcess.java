package org.mixedmovements.tracker.workflow;

/** Ids of bpmn/milestone-deadlines.bpmn and its message; its variable is {@code milestoneId}. */
public final class MilestoneDeadlinesProcess {

    public static final String PROCESS_ID = "milestone-deadlines";
    public static final String SUBPROCESS_WATCH = "SubProcess_DeadlineWatch";
    public static final String TIMER_REMINDER = "TimerEvent_ReminderDue";
    public static final String TIMER_OVERDUE = "TimerEvent_MilestoneOverdue";
    public static final String TIMER_SECRETARIAT_ESCALATION = "TimerEvent_SecretariatEscalationDue";
    public static final String TIMER_CHAIR_ESCALATION = "TimerEvent_ChairEscalationDue";
    public static final String BOUNDARY_DUE_DATE_MOVED = "BoundaryEvent_DueDateMoved";
    public static final String MESSAGE_DUE_DATE_MOVED = "MilestoneDueDateMoved";

    private MilestoneDeadlinesProcess() {
    }
}
