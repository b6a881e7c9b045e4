package org.mixedmovements.tracker.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.mixedmovements.tracker.workflow.RecommendationImplementationProcess;
import org.springframework.context.ApplicationContext;

/**
 * A process of a recommendation whose asynchronous step calls {@link FailingStep} and has no retry left after its first
 * failure, so the failure becomes an incident at once: what an administrator finds on the operations view. For the
 * operations view's test and the views' language guard.
 */
public final class FailingProcess {

    static final String PROCESS = "Process_OperationsViewTest";

    /** The deployment (to remove after the test) and the process instance. */
    public record Started(String deployment, String instance) {
    }

    private FailingProcess() {
    }

    public static Started start(ApplicationContext context, Long recommendation) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Operations view test")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Test")
                .serviceTask("Task_ReadPartnerList").name("Read the partner list").camundaAsyncBefore()
                .camundaDelegateExpression("${failingStepForTests}").camundaFailedJobRetryTimeCycle("R1/PT1H")
                .userTask("Task_Wait").name("Wait")
                .endEvent("EndEvent_Test")
                .done();
        String deployment = repository.createDeployment().addModelInstance("operations-view-test.bpmn", model).deploy()
                .getId();
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of(
                RecommendationImplementationProcess.VAR_RECOMMENDATION_ID, recommendation,
                FailingStep.FIXED, false)).getId();
        for (int attempt = 0; attempt < 20
                && runtime.createIncidentQuery().processInstanceId(instance).count() == 0; attempt++) {
            management.createJobQuery().processInstanceId(instance).list().forEach(job -> {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failedOrTakenByTheJobExecutor) {
                    // the failure is what the test wants; the job executor may also have run it meanwhile
                }
            });
        }
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isOne();
        return new Started(deployment, instance);
    }

    public static void remove(ApplicationContext context, Started started) {
        context.getBean(RepositoryService.class).deleteDeployment(started.deployment(), true);
    }
}
