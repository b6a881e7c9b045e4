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
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
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
        fixtures.adopt(recommendation, "R4V");
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
    void onlyTheSecretariatPutsARecommendationOnTheAgenda() {
        Long other = fixtures.newRecommendation("Not for agencies");
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> recommendations.putOnAgenda(other)).isInstanceOf(NotPermittedException.class);
        assertThat(recommendations.summary(other).status()).isEqualTo(RecommendationStatus.NEW);
    }

    @Test
    void puttingItOnTheAgendaTwiceIsRefusedWithAClearMessage() {
        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> recommendations.putOnAgenda(recommendation))
                .isInstanceOf(StateConflictException.class)
                .extracting(e -> ((StateConflictException) e).messageKey())
                .isEqualTo("recommendation.error.already-on-agenda");
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
    void anAgencyCannotVoteOnAPlanEvenWithTheTaskId() {
        submitTwoMilestones();
        String vote = taskOf("wg.unhcr", WorkItemKind.CAST_VOTE);
        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.vote(vote, VoteChoice.APPROVE, null)).isInstanceOf(NotPermittedException.class);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    void theLeadOrganisationGetsNoVoteOnItsOwnPlan() {
        Long iomLed = fixtures.newRecommendation("Led by the chair's organisation");
        fixtures.adopt(iomLed, "IOM");
        recommendation = iomLed;
        // the chair's organisation (IOM) leads, so the chair drafts it: it is a focal point of the lead
        tasks.submitImplementationPlan(taskOf("chair", WorkItemKind.DRAFT_PLAN), fixtures.twoMilestones());
        assertThat(fixtures.findTask("chair", iomLed, WorkItemKind.CAST_VOTE)).isEmpty();
        assertThat(fixtures.findTask("wg.unhcr", iomLed, WorkItemKind.CAST_VOTE)).isPresent();
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        submitTwoMilestones();
        String vote = taskOf("wg.unhcr", WorkItemKind.CAST_VOTE);
        assertThatThrownBy(() -> tasks.vote(vote, VoteChoice.REJECT, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("decision.error.reason-required"));
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE)).hasValue(vote);
    }

    @Test
    void aRejectedPlanComesBackToItsAuthorWithTheReasonAndTheEarlierMilestones() {
        submitTwoMilestones();
        fixtures.everyMemberVotes(recommendation, VoteChoice.REJECT);
        String draftAgain = taskOf("agency.r4v", WorkItemKind.DRAFT_PLAN);
        assertThat(tasks.returnReasonFor(draftAgain)).contains("UNHCR: Not ready");
        assertThat(tasks.draftFor(draftAgain)).extracting(MilestoneDraft::name)
                .containsExactly("Terms of reference agreed", "Harmonised sector map published");
    }

    @Test
    void onApprovalTheMilestonesAppearOnTheRecommendationAndTheDashboardCountsChange() {
        Long planId = recommendations.summary(recommendation).planId();
        assertThat(dashboard.figures(planId).approvedMilestones()).isZero();
        submitTwoMilestones();
        assertThat(dashboard.figures(planId).approvedMilestones()).isZero();

        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

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
                .containsSubsequence("PUT_ON_AGENDA", "LEAD_NAMED", "PLAN_SUBMITTED", "VOTE_CAST", "DECISION_TAKEN",
                        "PLAN_ACTIVATED");
    }

    @Test
    void aVoteTaskUsedOnceIsRefusedTheSecondTimeNotCountedTwice() {
        submitTwoMilestones();
        String vote = taskOf("wg.unhcr", WorkItemKind.CAST_VOTE);
        tasks.vote(vote, VoteChoice.APPROVE, null);
        assertThatThrownBy(() -> tasks.vote(vote, VoteChoice.APPROVE, null)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void anAgencyCannotReportOnAnotherOrganisationsMilestone() {
        submitTwoMilestones();
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        String r4vWork = taskOf("agency.r4v", WorkItemKind.WORK_ON_MILESTONE);
        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.reportMilestone(r4vWork, ReportedStatus.DONE, 100, null))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reportingDoneCompletesTheMilestoneOnTimeToday() {
        submitTwoMilestones();
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(taskOf("agency.r4v", WorkItemKind.WORK_ON_MILESTONE), ReportedStatus.DONE, 40, null);
        MilestoneRow done = recommendations.details(recommendation).milestones().stream()
                .filter(m -> m.ownerCode().equals("R4V")).findFirst().orElseThrow();
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.completedOn()).isEqualTo(fixtures.todayInPanama());
        assertThat(done.compliance()).isEqualTo(ComplianceStatus.COMPLETED_ON_TIME);
    }
}
