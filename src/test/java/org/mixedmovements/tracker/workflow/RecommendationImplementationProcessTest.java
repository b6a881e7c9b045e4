package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.END_EVENT;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.SERVICE_ACTIVATE_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.SERVICE_RETURN_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.TASK_APPROVE_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.TASK_DRAFT_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.TASK_WORK_ON_MILESTONE;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/recommendation-implementation.bpmn on the real engine, driven as users drive it. */
@TrackerTest
class RecommendationImplementationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;

    Long recommendation;

    @BeforeEach
    void adoptARecommendationWithR4vAsLead() {
        AbstractAssertions.init(engine);
        recommendation = fixtures.newRecommendation("Process path");
        fixtures.signIn("secretariat");
        recommendations.adopt(recommendation, fixtures.organisation("R4V"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    ProcessInstance process() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(RecommendationImplementationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(recommendation))
                .singleResult();
    }

    Task only(String taskKey) {
        return engineTasks.createTaskQuery().processInstanceId(process().getId()).taskDefinitionKey(taskKey).singleResult();
    }

    @Test
    void adoptionStartsTheProcessWaitingForTheLeadToDraftItsPlan() {
        assertThat(process()).isStarted().isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(only(TASK_DRAFT_PLAN)).hasCandidateGroup("org:R4V");
    }

    @Test
    void anApprovedPlanOpensOneWorkTaskPerMilestoneForItsOwnerAndEndsWhenAllAreDone() {
        fixtures.signIn("agency.r4v");
        tasks.submitImplementationPlan(only(TASK_DRAFT_PLAN).getId(), fixtures.twoMilestones());
        assertThat(process()).isWaitingAt(TASK_APPROVE_PLAN);
        assertThat(only(TASK_APPROVE_PLAN)).hasCandidateGroup(WorkGroups.WORKING_GROUP);

        fixtures.signIn("wg.unhcr");
        tasks.approvePlan(only(TASK_APPROVE_PLAN).getId());
        assertThat(process()).hasPassed(SERVICE_ACTIVATE_PLAN).isWaitingAt(TASK_WORK_ON_MILESTONE);
        List<Task> work = engineTasks.createTaskQuery().processInstanceId(process().getId())
                .taskDefinitionKey(TASK_WORK_ON_MILESTONE).list();
        assertThat(work).hasSize(2);
        assertThat(work.stream().map(t -> engineTasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId()))
                .containsExactlyInAnyOrder("org:R4V", "org:IBC-HM");

        String processId = process().getId();
        fixtures.signIn("agency.r4v");
        tasks.myTasks().stream().filter(c -> c.recommendationId().equals(recommendation))
                .forEach(c -> tasks.reportMilestone(c.taskId(), ReportedStatus.DONE, 100));
        fixtures.signIn("agency.ibchm");
        tasks.myTasks().stream().filter(c -> c.recommendationId().equals(recommendation))
                .forEach(c -> tasks.reportMilestone(c.taskId(), ReportedStatus.DONE, 100));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processId).singleResult()).isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processId)
                .activityId(END_EVENT).count()).isEqualTo(1);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.MILESTONES_COMPLETED);
    }

    @Test
    void aRejectedPlanGoesBackToTheLeadWithTheReason() {
        fixtures.signIn("agency.r4v");
        tasks.submitImplementationPlan(only(TASK_DRAFT_PLAN).getId(), fixtures.twoMilestones());
        fixtures.signIn("wg.ifrc");
        tasks.rejectPlan(only(TASK_APPROVE_PLAN).getId(), "Dates too optimistic");

        assertThat(process()).hasPassed(SERVICE_RETURN_PLAN).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(recommendations.details(recommendation).planRejectionReason()).isEqualTo("Dates too optimistic");
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLANNING);
    }
}
