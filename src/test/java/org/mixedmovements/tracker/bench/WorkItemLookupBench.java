package org.mixedmovements.tracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What looking a task up as a work item costs through the engine's internal API ({@link WorkItems#find}: one engine
 * command reading the task, its variables and its candidate groups by key) against the same look-up through the
 * public API alone (a task query, a variable query and {@code TaskService#getIdentityLinksForTask}, three commands).
 * Both must find the same; the times are printed per round. docs/adr/0008-engine-end-of-life.md quotes a run.
 *
 * <p>{@code mvn -Pbench verify -Dbench.test=WorkItemLookupBench} (not part of the ordinary test run: the class name
 * does not end in Test).
 */
@TrackerTest
class WorkItemLookupBench {

    static final String PROCESS = "work-item-lookup-bench";
    static final int TASKS = 50;
    static final int LOOKUPS_PER_TASK = 40;
    static final int ROUNDS = 5;

    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired WorkItems workItems;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aWorkItemFoundInOneEngineCommandAgainstThePublicApi() {
        String deployment = repository.createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                        .userTask(WorkingGroupDecisionProcess.TASK_CAST_VOTE).camundaCandidateGroups("org:A,wg:B")
                        .endEvent().done()).deploy().getId();
        try {
            for (long i = 1; i <= TASKS; i++) {
                runtime.startProcessInstanceByKey(PROCESS, Map.of("recommendationId", i, "decisionId", 1000 + i));
            }
            List<String> ids = tasks.createTaskQuery().processDefinitionKey(PROCESS).list().stream()
                    .map(Task::getId).toList();
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);

            readOnly.executeWithoutResult(s -> ids.forEach(id -> {
                WorkItem item = workItems.find(id).orElseThrow();
                Found found = publicFind(id);
                assertThat(found.groups()).isEqualTo(item.candidateGroups());
                assertThat(found.variables().get("recommendationId")).isEqualTo(item.recommendationId());
                assertThat(found.variables().get("decisionId")).isEqualTo(item.decisionId());
            }));

            int lookups = ids.size() * LOOKUPS_PER_TASK;
            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                readOnly.executeWithoutResult(s -> repeat(ids, id -> workItems.find(id)));
                long internal = System.nanoTime();
                readOnly.executeWithoutResult(s -> repeat(ids, this::publicFind));
                long end = System.nanoTime();
                System.out.printf("[work item look-up] round %d, %d look-ups each: one command %.3f ms, public API"
                                + " %.3f ms per look-up%n", round, lookups, (internal - start) / 1e6 / lookups,
                        (end - internal) / 1e6 / lookups);
            }
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static void repeat(List<String> ids, java.util.function.Consumer<String> lookUp) {
        for (int k = 0; k < LOOKUPS_PER_TASK; k++) {
            ids.forEach(lookUp);
        }
    }

    record Found(Task task, Map<String, Object> variables, Set<String> groups) {
    }

    /** The same look-up through the public API only (the task's own execution first, then its process instance). */
    private Found publicFind(String id) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        Map<String, Object> variables = new HashMap<>();
        List<VariableInstance> found = new ArrayList<>(runtime.createVariableInstanceQuery()
                .executionIdIn(task.getExecutionId(), task.getProcessInstanceId())
                .variableNameIn("recommendationId", "milestoneId", "decisionId").list());
        found.sort((a, b) -> a.getExecutionId().equals(task.getExecutionId()) ? -1 : 1);
        found.forEach(v -> variables.putIfAbsent(v.getName(), v.getValue()));
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(id)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return new Found(task, variables, groups);
    }
}
