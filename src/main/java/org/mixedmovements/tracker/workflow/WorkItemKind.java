package org.mixedmovements.tracker.workflow;

/** The kinds of user task, named as people speak of them. */
public enum WorkItemKind {
    PROPOSE_RESPONSE(RecommendationImplementationProcess.TASK_PROPOSE_RESPONSE),
    NAME_LEAD(RecommendationImplementationProcess.TASK_NAME_LEAD),
    DRAFT_PLAN(RecommendationImplementationProcess.TASK_DRAFT_PLAN),
    FINAL_REVIEW(RecommendationImplementationProcess.TASK_FINAL_REVIEW),
    CAST_VOTE(WorkingGroupDecisionProcess.TASK_CAST_VOTE),
    CONSIDER_OBJECTION(WorkingGroupDecisionProcess.TASK_CONSIDER_OBJECTION),
    CHAIR_DECIDES(WorkingGroupDecisionProcess.TASK_CHAIR_DECIDES),
    RECORD_CONSENSUS(WorkingGroupDecisionProcess.TASK_RECORD_CONSENSUS),
    RESOLVE_QUORUM(WorkingGroupDecisionProcess.TASK_RESOLVE_QUORUM),
    WORK_ON_MILESTONE(MilestoneFollowUpProcess.TASK_WORK_ON_MILESTONE),
    SUBMIT_PROGRESS_REPORT(ProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT);

    private final String taskDefinitionKey;

    WorkItemKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    /**
     * A decision task: a vote, an objection, the chair's casting vote, the record of a consensus or the secretariat's
     * choice for a vote that closed without its quorum.
     */
    public boolean isDecision() {
        return this == CAST_VOTE || this == CONSIDER_OBJECTION || this == CHAIR_DECIDES || this == RECORD_CONSENSUS
                || this == RESOLVE_QUORUM;
    }

    static WorkItemKind of(String taskDefinitionKey) {
        for (WorkItemKind kind : values()) {
            if (kind.taskDefinitionKey.equals(taskDefinitionKey)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no work item kind for task " + taskDefinitionKey);
    }
}
