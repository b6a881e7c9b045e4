package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixedmovements.tracker.notification.TestNotifications.mailsTo;
import static org.mixedmovements.tracker.notification.TestNotifications.medium;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Work is told the moment it is offered, to exactly the people who must act, in their language: a vote opened to the
 * members who vote on it (never the organisation that owns what is decided), a period to object with its last day, a
 * consensus to the secretariat, a lead named and a plan sent back to the lead's focal points. GreenMail is the mail
 * server; a working-group member of IFRC created here reads Spanish and has an address.
 */
@TrackerTest
class WorkOfferedNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired InboxService inbox;
    @Autowired NotificationSender sender;
    @Autowired TestNotifications people;
    @Autowired PlanDecisionRules rules;
    @Autowired Texts texts;

    String spanishMember;

    @BeforeEach
    void anIfrcMemberReadsSpanish() {
        spanishMember = people.newMember("IFRC", "es");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    InboxItem latest(String username, Long recommendation, NotificationKind kind) {
        fixtures.signIn(username);
        return inbox.mine(PageRequest.of(0, 200)).getContent().stream()
                .filter(item -> recommendation.equals(item.recommendationId()) && item.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(username + " was not told " + kind));
    }

    Long onTheAgendaWithAProposedResponse(String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026-H2");
        return recommendation;
    }

    @Test
    void every_member_who_votes_is_told_a_vote_is_open_in_their_language_and_nobody_else_is() throws Exception {
        Long recommendation = onTheAgendaWithAProposedResponse("Vote opened");

        for (String member : Fixtures.MEMBERS) {
            assertThat(people.told(member, recommendation)).as(member).containsExactly(NotificationKind.VOTE_OPENED);
        }
        assertThat(people.told(spanishMember, recommendation)).containsExactly(NotificationKind.VOTE_OPENED);
        for (String bystander : List.of("secretariat", "agency.r4v", "agency.ibchm", "admin")) {
            assertThat(people.told(bystander, recommendation)).as(bystander).isEmpty();
        }
        InboxItem item = latest("wg.ocha", recommendation, NotificationKind.VOTE_OPENED);
        assertThat(texts.notification(Locale.ENGLISH, item.kind(), item.arguments()))
                .isEqualTo("Vote open on T1 Vote opened (response): the working group decides by a majority of the"
                        + " votes cast, with a quorum of 3 votes. The vote of your organisation is awaited by "
                        + medium(fixtures.todayInPanama().plusDays(14), Locale.ENGLISH) + " (last day).");

        sender.sendDue();
        assertThat(mailsTo(mail, spanishMember)).singleElement().asString()
                .contains("Votación abierta sobre T1 Vote opened (respuesta)");
    }

    @Test
    void the_organisation_that_owns_the_plan_is_not_asked_to_vote_on_it() {
        Long recommendation = fixtures.newRecommendation("Plan of a member");
        fixtures.adopt(recommendation, "UNHCR");
        tasks.submitImplementationPlan(fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Regional mapping shared", "UNHCR", 30, false)));

        assertThat(people.told("wg.ocha", recommendation)).filteredOn(k -> k == NotificationKind.VOTE_OPENED).hasSize(2);
        assertThat(people.told("wg.unhcr", recommendation)).filteredOn(k -> k == NotificationKind.VOTE_OPENED).hasSize(1);
    }

    @Test
    void a_period_to_object_tells_its_last_day_in_each_readers_language_and_that_silence_is_consent() throws Exception {
        Long recommendation = fixtures.newRecommendation("Objection period");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Specification published", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                org.mixedmovements.tracker.milestone.ReportedStatus.DONE, 100, "Published at the platform's site");

        LocalDate lastDay = fixtures.todayInPanama().plusDays(10);
        InboxItem item = latest("wg.ifrc", recommendation, NotificationKind.OBJECTION_PERIOD_OPENED);
        assertThat(texts.notification(Locale.ENGLISH, item.kind(), item.arguments()))
                .contains("approved unless a member objects by " + medium(lastDay, Locale.ENGLISH) + " (last day)")
                .contains("Silence counts as consent.");
        assertThat(people.told("agency.r4v", recommendation)).doesNotContain(NotificationKind.OBJECTION_PERIOD_OPENED);

        sender.sendDue();
        assertThat(mailsTo(mail, spanishMember)).anySatisfy(body -> assertThat(body)
                .contains("hasta el " + medium(lastDay, Locale.forLanguageTag("es")) + " (último día)")
                .contains("El silencio es consentimiento."));
    }

    @Test
    void the_leads_focal_points_are_told_they_lead_and_again_when_the_group_sends_the_plan_back() {
        Long recommendation = fixtures.newRecommendation("Lead named");
        fixtures.adopt(recommendation, "R4V");
        assertThat(people.told("agency.r4v", recommendation)).containsExactly(NotificationKind.LEAD_NAMED);
        assertThat(people.told("agency.ibchm", recommendation)).isEmpty();

        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Focal points named", "R4V", 30, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.REJECT);

        InboxItem returned = latest("agency.r4v", recommendation, NotificationKind.PLAN_RETURNED);
        assertThat(texts.notification(Locale.ENGLISH, returned.kind(), returned.arguments()))
                .startsWith("The working group sent the implementation plan of T1 Lead named back to your organisation.")
                .contains("Not ready");
        assertThat(people.told("agency.ibchm", recommendation)).isEmpty();
    }

    @Test
    void a_decision_taken_by_consensus_is_the_secretariats_to_record_at_a_meeting() {
        Long recommendation = fixtures.newRecommendation("Consensus");
        fixtures.signIn("secretariat");
        rules.set(recommendations.summary(recommendation).planId(), DecisionType.RESPONSE,
                new PlanDecisionRules.Setting(DecisionRule.CONSENSUS, 50, 10));
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026-H2");

        assertThat(people.told("secretariat", recommendation)).containsExactly(NotificationKind.CONSENSUS_TO_RECORD);
        assertThat(people.told("wg.ocha", recommendation)).isEmpty();
    }

    @Test
    void an_approved_plan_tells_its_lead_and_gives_every_other_owner_its_milestones_with_their_due_dates() {
        Long recommendation = fixtures.newRecommendation("Plan approved");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        assertThat(people.told("agency.r4v", recommendation)).contains(NotificationKind.PLAN_APPROVED)
                .doesNotContain(NotificationKind.MILESTONE_GIVEN);
        InboxItem given = latest("agency.ibchm", recommendation, NotificationKind.MILESTONE_GIVEN);
        assertThat(texts.notification(Locale.ENGLISH, given.kind(), given.arguments())).isEqualTo(
                "Your organisation (IBC-HM) owns the milestone “Harmonised sector map published” of T1 Plan approved,"
                        + " due " + medium(fixtures.todayInPanama().plusDays(60), Locale.ENGLISH)
                        + ": report its progress in My tasks.");
        assertThat(people.told("agency.ibchm", recommendation)).containsExactly(NotificationKind.MILESTONE_GIVEN);
    }

    @Test
    void a_moved_due_date_is_told_to_its_owner_and_a_completed_plan_gives_the_secretariat_its_final_review() {
        Long recommendation = fixtures.newRecommendation("Moved then done");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Focal points named", "R4V", 20, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        LocalDate due = fixtures.todayInPanama().plusDays(20);
        LocalDate moved = due.plusDays(30);
        tasks.requestDeadlineChange(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                moved, "The regional meeting moved");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        InboxItem item = latest("agency.r4v", recommendation, NotificationKind.DUE_DATE_MOVED);
        assertThat(texts.notification(Locale.ENGLISH, item.kind(), item.arguments())).isEqualTo(
                "The due date of the milestone “Focal points named” of T1 Moved then done moved from "
                        + medium(due, Locale.ENGLISH) + " to " + medium(moved, Locale.ENGLISH) + ".");
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(texts.notification(spanish, item.kind(), item.arguments()))
                .endsWith("pasó del " + medium(due, spanish) + " al " + medium(moved, spanish) + ".");

        assertThat(people.told("secretariat", recommendation)).doesNotContain(NotificationKind.FINAL_REVIEW_DUE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                org.mixedmovements.tracker.milestone.ReportedStatus.DONE, 100, null);
        assertThat(people.told("secretariat", recommendation)).contains(NotificationKind.FINAL_REVIEW_DUE);
        assertThat(people.told("wg.ocha", recommendation)).doesNotContain(NotificationKind.FINAL_REVIEW_DUE);
    }

}
