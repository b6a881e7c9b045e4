package org.mixedmovements.tracker.workflow;

/** The kinds of user task, named as people speak of them. */
public enum WorkItemKind {
    DRAFT_PLAN(RecommendationImplementationProcess.TASK_DRAFT_PLAN),
    APPROVE_PLAN(RecommendationImplementationProcess.TASK_APPROVE_PLAN),
    WORK_ON_MILESTONE(RecommendationImplementationProcess.TASK_WORK_ON_MILESTONE);

    private final String taskDefinitionKey;

    WorkItemKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
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
