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
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.DecisionTimers;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Who is told as a decision closes: a reminder before closing reaches only the members who have not acted, a nudge
 * only them too, a vote without its quorum the secretariat, an extended vote the members who have not voted; each in
 * the reader's language, by mail (GreenMail) and in the Inbox, and nobody else. Two members with addresses are created
 * here: one of IFRC, who reads Spanish and has not acted; one of OCHA, whose organisation acts first.
 */
@TrackerTest
class DecisionClosingNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired WorkingGroupDecisions decisions;
    @Autowired InboxService inbox;
    @Autowired NotificationSender sender;
    @Autowired TestNotifications people;
    @Autowired org.mixedmovements.tracker.compliance.ComplianceReadModel readModel;
    @Autowired Texts texts;
    @Autowired DecisionTimers timers;

    String spanishMember;
    String ochaMember;

    @BeforeEach
    void anIfrcMemberReadsSpanishAndAnOchaMemberHasAnAddress() {
        spanishMember = people.newMember("IFRC", "es");
        ochaMember = people.newMember("OCHA", "en");
    }

    /** Milestones completed with the clock moved ahead: evaluated again at the suite's date afterwards. */
    final List<Long> evaluatedLater = new java.util.ArrayList<>();

    @AfterEach
    void resetTheClock() {
        // a row evaluated at a later date than the suite's is not re-evaluated by it: bring it back to today
        TestClock.reset();
        evaluatedLater.forEach(readModel::refresh);
        fixtures.signOut();
    }

    String text(String username, Long recommendation, NotificationKind kind, Locale locale) {
        fixtures.signIn(username);
        InboxItem item = inbox.mine(PageRequest.of(0, 200)).getContent().stream()
                .filter(i -> recommendation.equals(i.recommendationId()) && i.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(username + " was not told " + kind));
        return texts.notification(locale, item.kind(), item.arguments());
    }

    Long responseVoteOpen(String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2027-H2");
        return recommendation;
    }

    DecisionSummary latest(Long recommendation, DecisionType type) {
        return decisions.ofRecommendation(recommendation).stream().filter(d -> d.type() == type)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void a_no_objection_period_reminds_only_the_silent_members_and_closes_by_silence_on_the_day_it_showed()
            throws Exception {
        Long recommendation = fixtures.newRecommendation("Silence is consent");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Specification published", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Published at the platform's site");
        DecisionSummary objection = latest(recommendation, DecisionType.MILESTONE);
        evaluatedLater.add(objection.subjectId());
        LocalDate lastDay = objection.lastDay();
        assertThat(people.told("wg.ocha", recommendation)).contains(NotificationKind.OBJECTION_PERIOD_OPENED);
        tasks.vote(fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CONSIDER_OBJECTION), VoteChoice.APPROVE,
                null);
        sender.sendDue(); // what was told before this point goes out first
        mail.reset();

        timers.fire(objection.id(), WorkingGroupDecisionProcess.BOUNDARY_OBJECTION_CLOSING_SOON);

        assertThat(people.told("wg.unhcr", recommendation)).contains(NotificationKind.DECISION_CLOSING_SOON);
        assertThat(people.told("wg.ocha", recommendation)).doesNotContain(NotificationKind.DECISION_CLOSING_SOON);
        for (String bystander : List.of("secretariat", "agency.r4v")) {
            assertThat(people.told(bystander, recommendation)).as(bystander).doesNotContain(NotificationKind.DECISION_CLOSING_SOON);
        }
        assertThat(text("wg.unhcr", recommendation, NotificationKind.DECISION_CLOSING_SOON, Locale.ENGLISH))
                .isEqualTo("Reminder: the decision on T1 Silence is consent (milestone) closes after "
                        + medium(lastDay, Locale.ENGLISH)
                        + " (last day), and your organisation has not answered yet; silence counts as consent.");
        sender.sendDue();
        assertThat(mailsTo(mail, spanishMember)).singleElement().asString()
                .contains("se cierra después del " + medium(lastDay, Locale.forLanguageTag("es")) + " (último día)")
                .contains("el silencio cuenta como consentimiento");
        assertThat(mailsTo(mail, ochaMember)).isEmpty();
        // the reminder leaves the tasks open
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CONSIDER_OBJECTION)).isPresent();

        timers.fire(objection.id(), WorkingGroupDecisionProcess.BOUNDARY_OBJECTION_PERIOD_ENDED);

        assertThat(latest(recommendation, DecisionType.MILESTONE).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(fixtures.todayInPanama()).isEqualTo(lastDay.plusDays(1));
        for (String member : List.of("wg.unhcr", "wg.ocha", "secretariat")) {
            assertThat(people.told(member, recommendation)).as(member).contains(NotificationKind.DECISION_TAKEN);
        }
        // with the count, in each reader's words
        assertThat(text("wg.unhcr", recommendation, NotificationKind.DECISION_TAKEN, Locale.ENGLISH))
                .endsWith("(milestone): Approved, no objection.");
        assertThat(text("wg.unhcr", recommendation, NotificationKind.DECISION_TAKEN, Locale.forLanguageTag("es")))
                .endsWith("(hito): Aprobado, sin objeciones.");
    }

    @Test
    void a_nudge_reaches_only_the_members_who_have_not_voted_and_says_who_sent_it() throws Exception {
        Long recommendation = responseVoteOpen("Nudge");
        tasks.vote(fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        sender.sendDue(); // what was told before this point goes out first
        mail.reset();

        fixtures.signIn("secretariat");
        decisions.nudge(latest(recommendation, DecisionType.RESPONSE).id());

        assertThat(text("wg.unhcr", recommendation, NotificationKind.DECISION_NUDGE, Locale.ENGLISH))
                .startsWith("secretariat asks your organisation to act on T1 Nudge (response) by ")
                .endsWith("your organisation has not voted yet.");
        assertThat(people.told("wg.ocha", recommendation)).doesNotContain(NotificationKind.DECISION_NUDGE);
        assertThat(people.told("agency.r4v", recommendation)).isEmpty();
        sender.sendDue();
        assertThat(mailsTo(mail, spanishMember)).singleElement().asString().contains("aún no ha votado");
        assertThat(mailsTo(mail, ochaMember)).isEmpty();
    }

    @Test
    void a_vote_without_its_quorum_tells_the_secretariat_why_and_an_extension_tells_the_members_still_awaited()
            throws Exception {
        Long recommendation = responseVoteOpen("Quorum missed");
        tasks.vote(fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        DecisionSummary vote = latest(recommendation, DecisionType.RESPONSE);

        timers.fire(vote.id(), WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

        assertThat(text("secretariat", recommendation, NotificationKind.QUORUM_NOT_REACHED, Locale.ENGLISH))
                .isEqualTo("The vote on T1 Quorum missed (response) closed after " + medium(vote.lastDay(), Locale.ENGLISH)
                        + " without its quorum (1 of " + vote.quorum() + " votes needed). Decide in My tasks: extend"
                        + " it once, or put it to a meeting.");
        for (String member : List.of("wg.unhcr", "wg.ocha")) {
            assertThat(people.told(member, recommendation)).as(member).doesNotContain(NotificationKind.QUORUM_NOT_REACHED);
        }
        sender.sendDue(); // what was told before this point goes out first
        mail.reset();

        // nobody can vote while the secretariat decides: the members' calls to vote leave "To do"
        assertThat(people.told("wg.unhcr", recommendation, InboxService.Section.TO_DO)).doesNotContain(NotificationKind.VOTE_OPENED);
        assertThat(people.told("secretariat", recommendation, InboxService.Section.TO_DO)).contains(NotificationKind.QUORUM_NOT_REACHED);

        LocalDate newLastDay = tasks.resolveMissingQuorum(
                fixtures.taskOf("secretariat", recommendation, WorkItemKind.RESOLVE_QUORUM), true);

        assertThat(people.told("secretariat", recommendation, InboxService.Section.TO_DO)).doesNotContain(NotificationKind.QUORUM_NOT_REACHED);
        assertThat(people.told("wg.unhcr", recommendation, InboxService.Section.TO_DO)).contains(NotificationKind.VOTE_EXTENDED);

        assertThat(text("wg.unhcr", recommendation, NotificationKind.VOTE_EXTENDED, Locale.ENGLISH))
                .contains("closes after " + medium(newLastDay, Locale.ENGLISH) + " (last day)");
        assertThat(people.told("wg.ocha", recommendation)).doesNotContain(NotificationKind.VOTE_EXTENDED);
        sender.sendDue();
        assertThat(mailsTo(mail, spanishMember)).singleElement().asString().contains("Se prorroga la votación");
        assertThat(mailsTo(mail, ochaMember)).isEmpty();
    }
}
