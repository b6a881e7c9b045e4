package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_DECISION_REASON;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_MILESTONE_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_PLAN_APPROVED;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.base.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User tasks as work items: finding the ones offered to a user's groups, and completing them with the outcome the
 * process expects. Callers check who may act; this class only speaks to the engine.
 */
@Service
public class WorkItems {

    private final TaskService tasks;
    private final RuntimeService runtime;

    WorkItems(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Open tasks offered to any of the groups, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkItem> offeredTo(Set<String> groups) {
        List<Task> found = tasks.createTaskQuery()
                .taskCandidateGroupIn(new ArrayList<>(groups))
                .includeAssignedTasks()
                .active()
                .orderByTaskCreateTime().asc()
                .list();
        return toWorkItems(found);
    }

    /** Open tasks of one recommendation's process. */
    @Transactional(readOnly = true)
    public List<WorkItem> ofRecommendation(Long recommendationId) {
        return toWorkItems(tasks.createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(recommendationId))
                .active()
                .orderByTaskCreateTime().asc()
                .list());
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(toWorkItems(List.of(task)).get(0));
    }

    @Transactional
    public void completePlanDraft(String taskId) {
        complete(taskId, Map.of());
    }

    @Transactional
    public void completePlanDecision(String taskId, boolean approved, String reason) {
        complete(taskId, Map.of(VAR_PLAN_APPROVED, approved, VAR_DECISION_REASON, reason == null ? "" : reason));
    }

    @Transactional
    public void completeMilestoneWork(String taskId) {
        complete(taskId, Map.of());
    }

    private void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException gone) {
            // someone else completed it first: the user's action must not count twice
            throw new StateConflictException("task.error.gone");
        }
    }

    private List<WorkItem> toWorkItems(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> executions = new LinkedHashSet<>();
        found.forEach(t -> {
            executions.add(t.getExecutionId());
            executions.add(t.getProcessInstanceId());
        });
        Map<String, Map<String, Object>> variables = variablesByExecution(executions);
        return found.stream().map(t -> {
            Object recommendation = variables.getOrDefault(t.getProcessInstanceId(), Map.of()).get(VAR_RECOMMENDATION_ID);
            Object milestone = variables.getOrDefault(t.getExecutionId(), Map.of()).get(VAR_MILESTONE_ID);
            return new WorkItem(t.getId(), WorkItemKind.of(t.getTaskDefinitionKey()), asLong(recommendation),
                    asLong(milestone), candidateGroups(t.getId()), t.getAssignee(), t.getCreateTime().toInstant());
        }).toList();
    }

    private Map<String, Map<String, Object>> variablesByExecution(Collection<String> executionIds) {
        Map<String, Map<String, Object>> byExecution = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .executionIdIn(executionIds.toArray(String[]::new))
                .variableNameIn(VAR_RECOMMENDATION_ID, VAR_MILESTONE_ID)
                .list()) {
            byExecution.computeIfAbsent(v.getExecutionId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return byExecution;
    }

    private Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
