package org.mixedmovements.tracker.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.approval.ApprovalService;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.data.domain.PageRequest;

class ApprovalsViewTest extends UiTest {

    RecommendationService recommendations() {
        return context.getBean(RecommendationService.class);
    }

    WorkingGroupDecisions decisions() {
        return context.getBean(WorkingGroupDecisions.class);
    }

    /** A recommendation on the agenda with its response proposed: the group's RESPONSE decision is open. */
    Long responseUnderDecision(String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        recommendations().putOnAgenda(recommendation);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026-H1");
        return recommendation;
    }

    DecisionSummary latest(Long recommendation, DecisionType type) {
        return decisions().ofRecommendation(recommendation).stream().filter(d -> d.type() == type)
                .reduce((a, b) -> b).orElseThrow();
    }

    /** Signs the user in and opens the approvals of the recommendation's plan. */
    @SuppressWarnings("unchecked")
    void openApprovalsAs(String username, Long recommendation) {
        signIn(username);
        UI.getCurrent().navigate(ApprovalsView.class);
        Long planId = recommendations().summary(recommendation).planId();
        Select<Plan> plan = _get(Select.class, spec -> spec.withId("approvals-plan"));
        _setValue(plan, plan.getListDataView().getItems().filter(p -> p.getId().equals(planId)).findFirst().orElseThrow());
    }

    String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void twoMembersApproveAndTheCardShowsTheTallyChange() {
        Long recommendation = responseUnderDecision("Approved from the approvals view");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();

        openApprovalsAs("wg.unhcr", recommendation);
        assertThat(text("decision-" + decision + "-proposed")).contains("Accepted").contains("2026-H1");
        assertThat(text("decision-" + decision + "-rule")).contains("Majority").contains("Quorum");
        assertThat(text("decision-" + decision + "-count")).startsWith("0 cast so far");
        _click(_get(Button.class, spec -> spec.withId("approve-" + decision)));
        assertThat(text("decision-" + decision + "-count")).startsWith("1 cast so far: 1 for, 0 against.");
        assertThat(text("decision-" + decision + "-mine")).contains("UNHCR voted for");
        _assertNone(Button.class, spec -> spec.withId("approve-" + decision));

        openApprovalsAs("wg.ocha", recommendation);
        _click(_get(Button.class, spec -> spec.withId("approve-" + decision)));

        DecisionSummary after = latest(recommendation, DecisionType.RESPONSE);
        assertThat(after.votes()).extracting(DecisionSummary.CastVote::organisationCode)
                .containsExactlyInAnyOrder("UNHCR", "OCHA");
        assertThat(after.open()).isTrue();
        assertThat(text("decision-" + decision + "-count")).startsWith("2 cast so far: 2 for, 0 against.");
        int toQuorum = Math.max(0, after.quorum() - 2);
        if (toQuorum > 0) {
            assertThat(text("decision-" + decision + "-count")).contains("needed for the quorum");
        }
    }

    @Test
    void aRequestForANewDueDateShowsTheMembersTheMilestonesItWouldPush() {
        Long recommendation = fixtures.newRecommendation("New date that pushes");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Consultation held", "R4V", 20, false),
                fixtures.milestone("Report published", "R4V", 40, false).waitingFor(List.of(Predecessor.row(1))));
        fixtures.signIn("agency.r4v");
        String consultation = context.getBean(MyTaskService.class).myTasks().stream()
                .filter(c -> c.recommendationId().equals(recommendation) && "Consultation held".equals(c.milestoneName()))
                .findFirst().orElseThrow().taskId();
        context.getBean(MyTaskService.class).requestDeadlineChange(consultation, fixtures.todayInPanama().plusDays(50),
                "The platforms meet later");
        Long decision = latest(recommendation, DecisionType.DEADLINE_CHANGE).id();

        openApprovalsAs("wg.unhcr", recommendation);
        assertThat(text("decision-" + decision + "-pushes")).contains("Report published");
    }

    @Test
    void rejectingWithoutAReasonMarksTheFieldAndRecordsNothing() {
        Long recommendation = responseUnderDecision("Rejected without a reason");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();

        openApprovalsAs("wg.ifrc", recommendation);
        _click(_get(Button.class, spec -> spec.withId("reject-" + decision)));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason-" + decision));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Say why you reject");
        assertThat(latest(recommendation, DecisionType.RESPONSE).votes()).isEmpty();
        _get(Button.class, spec -> spec.withId("reject-" + decision));

        _setValue(reason, "The target period is too short");
        _click(_get(Button.class, spec -> spec.withId("reject-" + decision)));
        assertThat(latest(recommendation, DecisionType.RESPONSE).votes()).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("The target period is too short"));
    }

    @Test
    void theSecretariatReadsTheDecisionWithoutVoteButtonsAndCannotVoteThroughTheService() {
        Long recommendation = responseUnderDecision("Read by the secretariat");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();

        openApprovalsAs("secretariat", recommendation);
        _get(DecisionCard.class, spec -> spec.withId("decision-" + decision));
        _assertNone(Button.class, spec -> spec.withId("approve-" + decision));
        _assertNone(Button.class, spec -> spec.withId("reject-" + decision));
        assertThat(text("decision-" + decision + "-mine")).isEqualTo("You follow this decision; you do not vote on it.");

        // the one road of a vote refuses the secretariat even with a member's task in hand
        String ochaVote = fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CAST_VOTE);
        signIn("secretariat");
        assertThatThrownBy(() -> context.getBean(MyTaskService.class).vote(ochaVote, VoteChoice.APPROVE, null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(latest(recommendation, DecisionType.RESPONSE).votes()).isEmpty();
    }

    @Test
    void theMemberOfARecusedOrganisationSeesWhyAndNoVoteButtons() {
        Long recommendation = fixtures.newRecommendation("Plan led by a member");
        fixtures.adopt(recommendation, "UNHCR");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Regional mapping shared", "UNHCR", 30, false)));
        Long decision = latest(recommendation, DecisionType.PLAN).id();

        openApprovalsAs("wg.unhcr", recommendation);
        assertThat(text("decision-" + decision + "-proposed")).contains("One milestone");
        assertThat(_get(Span.class, spec -> spec.withId("decision-" + decision + "-recused")).getText()).contains("UNHCR");
        assertThat(text("decision-" + decision + "-mine")).isEqualTo("UNHCR owns what is decided: it does not vote on it.");
        _assertNone(Button.class, spec -> spec.withId("approve-" + decision));
        _assertNone(Button.class, spec -> spec.withId("reject-" + decision));
        String ochaVote = fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CAST_VOTE);
        signIn("wg.unhcr");
        assertThatThrownBy(() -> context.getBean(MyTaskService.class).vote(ochaVote, VoteChoice.APPROVE, null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(latest(recommendation, DecisionType.PLAN).votes()).isEmpty();

        openApprovalsAs("wg.ocha", recommendation);
        _get(Button.class, spec -> spec.withId("approve-" + decision));
    }

    @Test
    void anAgencyFocalPointHasNeitherTheMenuEntryNorTheList() {
        signIn("agency.r4v");
        UI.getCurrent().navigate("");
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("My tasks").doesNotContain("Approvals", "Meetings");
        ApprovalService approvals = context.getBean(ApprovalService.class);
        assertThatThrownBy(() -> approvals.openDecisions(null, PageRequest.of(0, 20)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theSecretariatSeesAVoteWithoutItsQuorumAndExtendsItFromItsCard() {
        Long recommendation = responseUnderDecision("Quorum missed in the view");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();
        try {
            context.getBean(org.mixedmovements.tracker.workflow.DecisionTimers.class).fire(decision,
                    org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

            openApprovalsAs("wg.unhcr", recommendation);
            assertThat(text("decision-" + decision + "-closes")).contains("without its quorum");
            _assertNone(Button.class, spec -> spec.withId("extend-" + decision));

            openApprovalsAs("secretariat", recommendation);
            assertThat(text("decision-" + decision + "-mine")).contains("Extend it once");
            _click(_get(Button.class, spec -> spec.withId("extend-" + decision)));

            assertThat(text("decision-" + decision + "-closes")).startsWith("Open until")
                    .contains(org.mixedmovements.tracker.base.ui.Formats.date(fixtures.todayInPanama().plusDays(14)));
            _assertNone(Button.class, spec -> spec.withId("extend-" + decision));
            openApprovalsAs("wg.unhcr", recommendation);
            _get(Button.class, spec -> spec.withId("approve-" + decision));
        } finally {
            org.mixedmovements.tracker.TestClock.reset();
        }
    }

    @Test
    void theSecretariatRemindsTheMembersWhoHaveNotVotedOnceADayAndAMemberCannot() {
        Long recommendation = responseUnderDecision("Reminded from the view");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();

        openApprovalsAs("wg.unhcr", recommendation);
        assertThat(text("decision-" + decision + "-awaiting")).contains("UNHCR");
        _assertNone(Button.class, spec -> spec.withId("nudge-" + decision));

        openApprovalsAs("secretariat", recommendation);
        _click(_get(Button.class, spec -> spec.withId("nudge-" + decision)));
        _assertNone(Button.class, spec -> spec.withId("nudge-" + decision));
        assertThat(_get(DecisionCard.class, spec -> spec.withId("decision-" + decision)).getElement()
                .getTextRecursively()).contains("Reminded today");
        assertThat(recommendations().details(recommendation).history()).extracting(e -> e.action())
                .contains("MEMBERS_NUDGED");
    }

    @Test
    void aLinkToADecisionPutsItsCardFirstAndOnlyOnce() {
        Long recommendation = responseUnderDecision("Linked decision");
        Long decision = latest(recommendation, DecisionType.RESPONSE).id();
        signIn("wg.ocha");

        UI.getCurrent().navigate(ApprovalsView.class, decision);

        var linked = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("approvals-linked"));
        assertThat(linked.getChildren().filter(DecisionCard.class::isInstance).findFirst()).isPresent()
                .get().satisfies(card -> assertThat(card.getId()).contains("decision-" + decision));
        assertThat(LocatorJ._find(DecisionCard.class, spec -> spec.withId("decision-" + decision))).hasSize(1);

        UI.getCurrent().navigate(ApprovalsView.class, 999_999_999L);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("approvals-linked"))
                .getElement().getTextRecursively()).contains("no longer exists");
    }

    @Test
    void aReviewerOpensTheUploadedEvidenceFromTheMilestonesCardInANewTab() {
        Long recommendation = fixtures.newRecommendation("Evidence on the card");
        fixtures.adopt(recommendation, "R4V");
        MyTaskService tasks = context.getBean(MyTaskService.class);
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Minutes published", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        String work = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        var file = tasks.attachFile(work, "minutes.pdf", "application/pdf",
                "%PDF-1.7\n% minutes".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Signed minutes");
        tasks.reportMilestone(work, org.mixedmovements.tracker.milestone.ReportedStatus.DONE, 100,
                "Minutes attached");
        Long decision = latest(recommendation, DecisionType.MILESTONE).id();

        openApprovalsAs("wg.ocha", recommendation);

        var items = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("decision-" + decision + "-evidence-items"));
        var link = _get(items, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("evidence-" + file.id()));
        assertThat(link.getText()).isEqualTo("minutes.pdf");
        assertThat(link.getTarget()).hasValue("_blank");
        assertThat(items.getElement().getTextRecursively()).contains("Signed minutes").contains("agency.r4v");
    }
}
