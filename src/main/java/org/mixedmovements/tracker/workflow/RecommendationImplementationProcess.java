package org.mixedmovements.tracker.workflow;

/** Ids of bpmn/recommendation-implementation.bpmn and its variables, for code and tests alike. */
public final class RecommendationImplementationProcess {

    public static final String PROCESS_ID = "recommendation-implementation";

    public static final String START_EVENT = "StartEvent_RecommendationAdopted";
    public static final String TASK_DRAFT_PLAN = "Task_DraftImplementationPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApproveImplementationPlan";
    public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String SERVICE_ACTIVATE_PLAN = "ServiceTask_ActivatePlan";
    public static final String SERVICE_RETURN_PLAN = "ServiceTask_ReturnPlanToLead";
    public static final String TASK_WORK_ON_MILESTONE = "Task_WorkOnMilestone";
    public static final String SERVICE_RECORD_COMPLETION = "ServiceTask_RecordMilestonesCompleted";
    public static final String END_EVENT = "EndEvent_MilestonesCompleted";

    /** Long: the recommendation the process follows; also the business key. */
    public static final String VAR_RECOMMENDATION_ID = "recommendationId";
    /** String: candidate group of the lead organisation ("org:CODE"). */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** Boolean: the working group's decision on the submitted plan. */
    public static final String VAR_PLAN_APPROVED = "planApproved";
    /** String: why the plan was rejected (empty when approved). */
    public static final String VAR_DECISION_REASON = "decisionReason";
    /** Long: the milestone a work task is about (the multi-instance element variable). */
    public static final String VAR_MILESTONE_ID = "milestoneId";

    private RecommendationImplementationProcess() {
    }
}
