package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.END_CLOSED;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.END_NOT_ACCEPTED;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.SERVICE_RETURN_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.SERVICE_RETURN_RESPONSE;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.TASK_DRAFT_PLAN;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.TASK_PROPOSE_RESPONSE;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/recommendation-implementation.bpmn on the real engine, driven as users drive it. */
@TrackerTest
class RecommendationImplementationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService history;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;

    Long recommendation;

    @BeforeEach
    void putARecommendationOnTheAgenda() {
        AbstractAssertions.init(engine);
        recommendation = fixtures.newRecommendation("Process path");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
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

    void propose(GroupResponse response, String reason) {
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                response, reason, response == GroupResponse.NOT_ACCEPTED ? null : "2026-Q2");
    }

    boolean passed(String processInstanceId, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).count() > 0;
    }

    @Test
    void puttingARecommendationOnTheAgendaAsksTheSecretariatToProposeTheResponse() {
        assertThat(process()).isStarted().isWaitingAt(TASK_PROPOSE_RESPONSE);
        assertThat(engineTasks.createTaskQuery().processInstanceId(process().getId()).singleResult())
                .hasCandidateGroup(WorkGroups.SECRETARIAT);
    }

    @Test
    void aResponseTheGroupRejectsGoesBackToTheSecretariat() {
        propose(GroupResponse.ACCEPTED, null);
        fixtures.everyMemberVotes(recommendation, VoteChoice.REJECT);
        assertThat(process()).hasPassed(SERVICE_RETURN_RESPONSE).isWaitingAt(TASK_PROPOSE_RESPONSE);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.ON_AGENDA);
    }

    @Test
    void aRecommendationTheGroupDoesNotAcceptEndsWithItsReasons() {
        String processId = process().getId();
        propose(GroupResponse.NOT_ACCEPTED, "Outside the group's mandate");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(passed(processId, END_NOT_ACCEPTED)).isTrue();
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.NOT_ACCEPTED);
        assertThat(recommendations.details(recommendation).responseReason()).isEqualTo("Outside the group's mandate");
    }

    @Test
    void anAcceptedRecommendationGetsALeadWhoDraftsThePlanAndARejectedPlanComesBackWithTheReasons() {
        propose(GroupResponse.PARTIALLY_ACCEPTED, "The regional part only");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.nameLead(fixtures.taskOf("secretariat", recommendation, WorkItemKind.NAME_LEAD), fixtures.organisation("R4V"));
        assertThat(process()).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(engineTasks.createTaskQuery().processInstanceId(process().getId()).singleResult())
                .hasCandidateGroup("org:R4V");

        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        fixtures.everyMemberVotes(recommendation, VoteChoice.REJECT);

        assertThat(process()).hasPassed(SERVICE_RETURN_PLAN).isWaitingAt(TASK_DRAFT_PLAN);
        assertThat(recommendations.details(recommendation).planRejectionReason()).contains("Not ready");
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLANNING);
    }

    @Test
    void anApprovedPlanIsWorkedMilestoneByMilestoneAndTheFinalReviewClosesItWithReasons() {
        String processId = process().getId();
        propose(GroupResponse.ACCEPTED, null);
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.nameLead(fixtures.taskOf("secretariat", recommendation, WorkItemKind.NAME_LEAD), fixtures.organisation("R4V"));
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                java.util.List.of(fixtures.milestone("Mapping of national structures", "R4V", 30, false),
                        fixtures.milestone("Joint regional workshop", "IBC-HM", 60, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.IN_IMPLEMENTATION);

        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.IN_IMPLEMENTATION);
        tasks.reportMilestone(fixtures.taskOf("agency.ibchm", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.UNDER_FINAL_REVIEW);

        tasks.finalReview(fixtures.taskOf("secretariat", recommendation, WorkItemKind.FINAL_REVIEW),
                Closure.PARTIALLY_IMPLEMENTED, "National structures not yet unified");

        assertThat(passed(processId, END_CLOSED)).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processId).count()).isZero();
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PARTIALLY_IMPLEMENTED);
        assertThat(recommendations.details(recommendation).history())
                .anyMatch(e -> e.action().equals("RECOMMENDATION_CLOSED")
                        && e.summary().contains("National structures not yet unified"));
    }
}
