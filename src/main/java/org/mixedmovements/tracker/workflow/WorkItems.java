package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_LEAD_GROUP;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_DECISION_ID;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User tasks as work items: the lists of the ones offered to a user's groups, paged in the database, and completing
 * them. Callers check who may act and record what was done; this class only speaks to the engine.
 */
@Service
public class WorkItems {

    /** The variables a work item carries: which recommendation, milestone or decision the task is about. */
    private static final Set<String> WORK_ITEM_VARIABLES = Set.of(VAR_RECOMMENDATION_ID, VAR_MILESTONE_ID,
            VAR_DECISION_ID, ProgressReportProcess.VAR_PROGRESS_REPORT_ID);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CommandExecutor commands;
    private final MilestoneUrgency urgency;

    WorkItems(TaskService tasks, RuntimeService runtime, ProcessEngineConfigurationImpl engine,
              MilestoneUrgency urgency) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.urgency = urgency;
        this.commands = engine.getCommandExecutorTxRequired();
    }

    /**
     * One page of the list, in list order ({@link WorkListQuery}: late milestone work first, then by due date, then
     * oldest first), sorted and cut in the database. A task done by someone else between the page's query and the
     * reading of its groups is left out, so a page may hold fewer than {@code limit} items.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> page(WorkList list, int offset, int limit) {
        WorkListQuery query = new WorkListQuery(list);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        return offered(toWorkItems(query.select(tasks, urgency).listPage(offset, limit)));
    }

    /** The whole list, in list order: for lists known to stay short (a user's open decisions, for instance). */
    @Transactional(readOnly = true)
    public List<WorkItem> all(WorkList list) {
        WorkListQuery query = new WorkListQuery(list);
        return query.isEmpty() ? List.of() : offered(toWorkItems(query.select(tasks, urgency).list()));
    }

    /** How many tasks the list holds, counted in the database. */
    @Transactional(readOnly = true)
    public long count(WorkList list) {
        WorkListQuery query = new WorkListQuery(list);
        return query.isEmpty() ? 0 : query.count(tasks).count();
    }

    /** A task done by someone else since the query has no candidate group left: no longer offered. */
    private static List<WorkItem> offered(List<WorkItem> items) {
        return items.stream().filter(item -> !item.candidateGroups().isEmpty()).toList();
    }

    /**
     * The task as a work item, or empty once it is done. One engine command of three look-ups by key (the task, its
     * candidate groups, the variables of its execution and process instance): every action on a task asks this first,
     * and a general task query costs several times as much.
     */
    @Transactional(readOnly = true)
    public Optional<WorkItem> find(String taskId) {
        return Optional.ofNullable(commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            Map<String, Map<String, Object>> variables = new HashMap<>();
            Set<String> executions = new LinkedHashSet<>(Arrays.asList(task.getExecutionId(),
                    task.getProcessInstanceId()));
            for (String execution : executions) {
                if (execution != null) {
                    for (VariableInstanceEntity v : context.getVariableInstanceManager()
                            .findVariableInstancesByExecutionId(execution)) {
                        if (WORK_ITEM_VARIABLES.contains(v.getName())) {
                            variables.computeIfAbsent(execution, k -> new HashMap<>()).put(v.getName(), v.getValue());
                        }
                    }
                }
            }
            return workItem(task, variables, candidateGroups(context, List.of(taskId)));
        }));
    }

    /** Completes the task; the process goes on in the caller's transaction. */
    @Transactional
    public void complete(String taskId) {
        complete(taskId, Map.of());
    }

    /** Completes "name the lead organisation": the plan task goes to that organisation. */
    @Transactional
    public void completeNamingLead(String taskId, String leadCode) {
        complete(taskId, Map.of(VAR_LEAD_GROUP, WorkGroups.organisation(leadCode)));
    }

    /** Completes the secretariat's choice for a vote without its quorum: extend it, or put it to a meeting. */
    @Transactional
    public void completeResolvingQuorum(String taskId, boolean extend) {
        complete(taskId, Map.of(WorkingGroupDecisionProcess.VAR_QUORUM_RESOLUTION, extend ? "EXTEND" : "MEETING"));
    }

    private void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException gone) {
            // someone completed it first: the user's action must not count twice
            throw new StateConflictException("task.error.gone");
        } catch (OptimisticLockingException raced) {
            throw new ConcurrentUpdateException();
        } catch (ProcessEnginePersistenceException failed) {
            if (isForeignKeyRace(failed)) {
                throw new ConcurrentUpdateException();
            }
            throw failed;
        }
    }

    /**
     * On PostgreSQL two nodes completing tasks of one process instance at once can meet as a foreign-key violation
     * (one deletes an execution the other has just given a child) rather than as an optimistic-locking conflict: the
     * same race, to be retried the same way.
     */
    private static boolean isForeignKeyRace(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        Map<String, Set<String>> groups = candidateGroups(found.stream().map(Task::getId).toList());
        return found.stream().map(t -> workItem(t, variables, groups)).toList();
    }

    /** The work item of a task, its variables taken from its own execution first, then from its process instance. */
    private static WorkItem workItem(Task t, Map<String, Map<String, Object>> variables,
                                     Map<String, Set<String>> groups) {
        Map<String, Object> own = variables.getOrDefault(t.getExecutionId(), Map.of());
        Map<String, Object> process = variables.getOrDefault(t.getProcessInstanceId(), Map.of());
        return new WorkItem(t.getId(), WorkItemKind.of(t.getTaskDefinitionKey()),
                asLong(first(own, process, VAR_RECOMMENDATION_ID)), asLong(first(own, process, VAR_MILESTONE_ID)),
                asLong(first(own, process, VAR_DECISION_ID)),
                asLong(first(own, process, ProgressReportProcess.VAR_PROGRESS_REPORT_ID)), groups.getOrDefault(t.getId(), Set.of()),
                t.getAssignee(), t.getCreateTime().toInstant());
    }

    private static Object first(Map<String, Object> own, Map<String, Object> process, String name) {
        return own.containsKey(name) ? own.get(name) : process.get(name);
    }

    private Map<String, Map<String, Object>> variablesByExecution(Collection<String> executionIds) {
        Map<String, Map<String, Object>> byExecution = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery()
                .executionIdIn(executionIds.toArray(String[]::new))
                .variableNameIn(WORK_ITEM_VARIABLES.toArray(String[]::new))
                .list()) {
            byExecution.computeIfAbsent(v.getExecutionId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return byExecution;
    }

    /**
     * The tasks' candidate groups, read in one engine command. A task completed since the query (by another user or
     * node) simply has none: unlike TaskService#getIdentityLinksForTask this does not fail, and so does not mark the
     * caller's transaction rollback-only (the task list would then fail as a whole).
     */
    private Map<String, Set<String>> candidateGroups(List<String> taskIds) {
        return commands.execute(context -> candidateGroups(context, taskIds));
    }

    private static Map<String, Set<String>> candidateGroups(CommandContext context, List<String> taskIds) {
        Map<String, Set<String>> byTask = new HashMap<>();
        for (String taskId : taskIds) {
            for (IdentityLinkEntity link : context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId)) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    byTask.computeIfAbsent(taskId, k -> new LinkedHashSet<>()).add(link.getGroupId());
                }
            }
        }
        return byTask;
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
