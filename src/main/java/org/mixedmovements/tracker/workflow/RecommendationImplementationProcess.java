package org.mixedmovements.tracker.workflow;

/** Ids of bpmn/recommendation-implementation.bpmn and its variables, for code and tests alike. */
public final class RecommendationImplementationProcess {

    public static final String PROCESS_ID = "recommendation-implementation";

    public static final String START_EVENT = "StartEvent_RecommendationOnAgenda";
    public static final String TASK_PROPOSE_RESPONSE = "Task_ProposeResponse";
    public static final String CALL_DECIDE_RESPONSE = "CallActivity_DecideResponse";
    public static final String SERVICE_RETURN_RESPONSE = "ServiceTask_ReturnResponseProposal";
    public static final String SERVICE_APPLY_RESPONSE = "ServiceTask_ApplyResponse";
    public static final String END_NOT_ACCEPTED = "EndEvent_RecommendationNotAccepted";
    public static final String TASK_NAME_LEAD = "Task_NameLeadOrganisation";
    public static final String TASK_DRAFT_PLAN = "Task_DraftImplementationPlan";
    public static final String CALL_DECIDE_PLAN = "CallActivity_DecidePlan";
    public static final String SERVICE_ACTIVATE_PLAN = "ServiceTask_ActivatePlan";
    public static final String SERVICE_RETURN_PLAN = "ServiceTask_ReturnPlanToLead";
    public static final String SUBPROCESS_ROLL_OUT = "SubProcess_RollOut";
    public static final String CALL_FOLLOW_UP_MILESTONE = "CallActivity_FollowUpMilestone";
    public static final String TASK_FINAL_REVIEW = "Task_FinalReview";
    public static final String END_CLOSED = "EndEvent_RecommendationClosed";

    /** Long: the recommendation the process follows; also the business key. */
    public static final String VAR_RECOMMENDATION_ID = "recommendationId";
    /** String: candidate group of the lead organisation ("org:CODE"), set when the secretariat names it. */
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** Boolean: the group's approved response accepts the recommendation (fully or in part). */
    public static final String VAR_RESPONSE_ACCEPTED = "responseAccepted";
    /** String: a roll-out branch, a country code or "REGIONAL" (multi-instance element variable). */
    public static final String VAR_BRANCH = "branch";
    /** Long: the milestone a follow-up is about (multi-instance element variable). */
    public static final String VAR_MILESTONE_ID = "milestoneId";

    private RecommendationImplementationProcess() {
    }
}
