package org.mixedmovements.tracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.recommendation.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.MilestoneRow;
import org.mixedmovements.tracker.recommendation.MilestoneState;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.ReportedStatus;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The first slice through its services: adopt, submit, approve and reject, and who may do each. */
@TrackerTest
class ImplementationPlanSliceTest {

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired DashboardService dashboard;

    Long recommendation;

    @BeforeEach
    void adoptWithR4vAsLead() {
        recommendation = fixtures.newRecommendation("Slice");
        fixtures.signIn("secretariat");
        recommendations.adopt(recommendation, fixtures.organisation("R4V"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    String taskOf(String username, WorkItemKind kind) {
        fixtures.signIn(username);
        return tasks.myTasks().stream()
                .filter(c -> c.recommendationId().equals(recommendation) && c.kind() == kind)
                .findFirst().orElseThrow().taskId();
    }

    void submitTwoMilestones() {
        tasks.submitImplementationPlan(taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN), fixtures.twoMilestones());
    }

    @Test
    void onlyTheSecretariatAdoptsARecommendation() {
        Long other = fixtures.newRecommendation("Not for agencies");
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> recommendations.adopt(other, fixtures.organisation("R4V")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recommendations.summary(other).status()).isEqualTo(RecommendationStatus.NEW);
    }

    @Test
    void adoptingTwiceIsRefusedWithAClearMessage() {
        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> recommendations.adopt(recommendation, fixtures.organisation("IOM")))
                .isInstanceOf(StateConflictException.class)
                .extracting(e -> ((StateConflictException) e).messageKey())
                .isEqualTo("recommendation.error.already-adopted");
    }

    @Test
    void theLeadFindsTheDraftTaskAndAnotherAgencyDoesNot() {
        fixtures.signIn("agency.r4v");
        assertThat(tasks.myTasks()).anyMatch(c -> c.recommendationId().equals(recommendation)
                && c.kind() == WorkItemKind.DRAFT_PLAN);
        fixtures.signIn("agency.ibchm");
        assertThat(tasks.myTasks()).noneMatch(c -> c.recommendationId().equals(recommendation));
    }

    @Test
    void anotherOrganisationCannotSubmitTheLeadsPlanEvenWithTheTaskId() {
        String draftTask = taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN);
        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.submitImplementationPlan(draftTask, fixtures.twoMilestones()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recommendations.details(recommendation).milestones()).isEmpty();
    }

    @Test
    void aPlanWithoutMilestonesIsRefusedAndNothingIsSaved() {
        String draftTask = taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN);
        assertThatThrownBy(() -> tasks.submitImplementationPlan(draftTask, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("plan.error.no-milestones"));
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLANNING);
    }

    @Test
    void aPastDueDateAndAMissingOwnerAreEachNamedWithTheirRowAndNothingIsSaved() {
        String draftTask = taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN);
        List<MilestoneDraft> drafts = List.of(
                fixtures.milestone("Fine", "R4V", 10, false),
                new MilestoneDraft("Late already", fixtures.organisation("R4V"), null, null,
                        fixtures.todayInPanama().minusDays(1), false),
                new MilestoneDraft("Nobody owns me", null, null, null, fixtures.todayInPanama().plusDays(5), false));
        assertThatThrownBy(() -> tasks.submitImplementationPlan(draftTask, drafts))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.row() + ":" + p.messageKey())
                                .containsExactly("2:plan.error.due-in-past", "3:plan.error.no-owner"));
        assertThat(recommendations.details(recommendation).milestones()).isEmpty();
        assertThat(tasks.myTasks()).anyMatch(c -> c.taskId().equals(draftTask));
    }

    @Test
    void anAgencyCannotApproveAPlan() {
        submitTwoMilestones();
        String approval = taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN);
        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.approvePlan(approval)).isInstanceOf(NotPermittedException.class);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    void theLeadOrganisationsOwnMemberDoesNotDecideOnItsPlan() {
        Long iomLed = fixtures.newRecommendation("Led by the chair's organisation");
        fixtures.signIn("secretariat");
        recommendations.adopt(iomLed, fixtures.organisation("IOM"));
        recommendation = iomLed;
        // the chair's organisation (IOM) leads, so the chair drafts it too: it is a focal point of the lead
        tasks.submitImplementationPlan(taskOf("chair", WorkItemKind.DRAFT_PLAN), fixtures.twoMilestones());
        String approval = taskOf("chair", WorkItemKind.APPROVE_PLAN);
        assertThatThrownBy(() -> tasks.approvePlan(approval))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("decision.error.recused"));
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        submitTwoMilestones();
        String approval = taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN);
        assertThatThrownBy(() -> tasks.rejectPlan(approval, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("decision.error.reason-required"));
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    void aRejectedPlanComesBackToItsAuthorWithTheReasonAndTheEarlierMilestones() {
        submitTwoMilestones();
        tasks.rejectPlan(taskOf("wg.ocha", WorkItemKind.APPROVE_PLAN), "Add a milestone for the national level");
        String draftAgain = taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN);
        assertThat(tasks.returnReasonFor(draftAgain)).isEqualTo("Add a milestone for the national level");
        assertThat(tasks.draftFor(draftAgain)).extracting(MilestoneDraft::name)
                .containsExactly("Terms of reference agreed", "Harmonised sector map published");
    }

    @Test
    void onApprovalTheMilestonesAppearOnTheRecommendationAndTheDashboardCountsChange() {
        Long planId = recommendations.summary(recommendation).planId();
        assertThat(dashboard.figures(planId).approvedMilestones()).isZero();
        submitTwoMilestones();
        assertThat(dashboard.figures(planId).approvedMilestones()).isZero();

        tasks.approvePlan(taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN));

        assertThat(recommendations.details(recommendation).milestones())
                .extracting(MilestoneRow::name, MilestoneRow::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Terms of reference agreed", MilestoneState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple("Harmonised sector map published", MilestoneState.APPROVED));
        assertThat(dashboard.figures(planId).approvedMilestones()).isEqualTo(2);
        assertThat(dashboard.figures(planId).count(ComplianceStatus.AT_RISK)
                + dashboard.figures(planId).count(ComplianceStatus.ON_TRACK)).isEqualTo(2);
        assertThat(recommendations.details(recommendation).history())
                .extracting(e -> e.action())
                .containsSubsequence("RECOMMENDATION_ADOPTED", "PLAN_SUBMITTED", "PLAN_APPROVED", "PLAN_ACTIVATED");
    }

    @Test
    void theSecondApprovalOfTheSameTaskIsRefusedNotCountedTwice() {
        submitTwoMilestones();
        String approval = taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN);
        tasks.approvePlan(approval);
        fixtures.signIn("wg.ifrc");
        assertThatThrownBy(() -> tasks.approvePlan(approval)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void anAgencyCannotReportOnAnotherOrganisationsMilestone() {
        submitTwoMilestones();
        tasks.approvePlan(taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN));
        String r4vWork = taskOf("agency.r4v", WorkItemKind.WORK_ON_MILESTONE);
        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.reportMilestone(r4vWork, ReportedStatus.DONE, 100))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reportingDoneCompletesTheMilestoneOnTimeToday() {
        submitTwoMilestones();
        tasks.approvePlan(taskOf("wg.unhcr", WorkItemKind.APPROVE_PLAN));
        MilestoneRow done = tasks.reportMilestone(taskOf("agency.r4v", WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 40);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.completedOn()).isEqualTo(fixtures.todayInPanama());
        assertThat(done.compliance()).isEqualTo(ComplianceStatus.COMPLETED_ON_TIME);
    }
}
