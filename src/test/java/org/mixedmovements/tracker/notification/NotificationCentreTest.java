package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.notification.InboxService.Section;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteCast;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification centre: work offered stays under "To do" until the event that finishes it records it done, then it
 * is for information, marked done; each kind comes by mail as the person chose (at once, in the digest, or not at all;
 * defaults by kind); the digest comes at 08:00 in each person's own zone; each notification links to where its work is
 * done. GreenMail is the mail server.
 */
@TrackerTest
class NotificationCentreTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired AssignmentService assignment;
    @Autowired InboxService inbox;
    @Autowired NotificationPreferenceService preferences;
    @Autowired NotificationSender sender;
    @Autowired DigestComposer digests;
    @Autowired Outbox outbox;
    @Autowired UserAdministration users;
    @Autowired UserDirectory directory;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** A new working-group member of IFRC with an address, reading the language. */
    String newMember(String language) {
        int n = RUN.incrementAndGet() + (int) (System.nanoTime() % 100000);
        String username = "centre" + n;
        fixtures.signIn("admin");
        users.create(new UserAdministration.NewUser(username, "Centre " + n, username + "@example.org",
                fixtures.organisation("IFRC"), Role.WG_MEMBER, language, "Notify-test-password-1"));
        fixtures.signOut();
        return username;
    }

    List<InboxItem> section(String username, Section section, Long recommendation) {
        fixtures.signIn(username);
        return inbox.mine(section, PageRequest.of(0, 500)).getContent().stream()
                .filter(item -> recommendation.equals(item.recommendationId())).toList();
    }

    List<NotificationKind> kinds(List<InboxItem> items) {
        return items.stream().map(InboxItem::kind).toList();
    }

    Long onTheAgendaWithAProposedResponse(String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026-H2");
        return recommendation;
    }

    Long openDecisionOf(Long recommendation) {
        return jdbc.sql("select id from wg_decision where recommendation_id = :r and status = 'OPEN'")
                .param("r", recommendation).query(Long.class).single();
    }

    @Test
    void a_vote_is_to_do_for_every_member_until_the_group_decides_then_it_is_for_information_marked_done() {
        Long recommendation = onTheAgendaWithAProposedResponse("To do until decided");

        for (String member : Fixtures.MEMBERS) {
            assertThat(kinds(section(member, Section.TO_DO, recommendation))).as(member)
                    .containsExactly(NotificationKind.VOTE_OPENED);
        }
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        for (String member : Fixtures.MEMBERS) {
            assertThat(section(member, Section.TO_DO, recommendation)).as(member).isEmpty();
            List<InboxItem> information = section(member, Section.FOR_INFORMATION, recommendation);
            assertThat(kinds(information)).as(member)
                    .containsExactlyInAnyOrder(NotificationKind.VOTE_OPENED, NotificationKind.DECISION_TAKEN);
            assertThat(information).filteredOn(i -> i.kind() == NotificationKind.VOTE_OPENED)
                    .singleElement().satisfies(vote -> assertThat(vote.done()).isTrue());
        }
    }

    @Test
    void an_organisations_vote_finishes_the_call_to_vote_of_its_own_people_only() {
        Long recommendation = onTheAgendaWithAProposedResponse("Voted by OCHA");
        Long decision = openDecisionOf(recommendation);

        transaction.executeWithoutResult(s -> events.publishEvent(
                new VoteCast(decision, fixtures.organisation("OCHA"), recommendation)));

        assertThat(section("wg.ocha", Section.TO_DO, recommendation)).isEmpty();
        assertThat(kinds(section("wg.ocha", Section.FOR_INFORMATION, recommendation)))
                .containsExactly(NotificationKind.VOTE_OPENED);
        assertThat(kinds(section("wg.unhcr", Section.TO_DO, recommendation)))
                .containsExactly(NotificationKind.VOTE_OPENED);
    }

    @Test
    void a_submitted_plan_a_completed_milestone_and_a_closed_recommendation_each_finish_their_work() {
        Long recommendation = fixtures.newRecommendation("Plan then milestone");
        fixtures.adopt(recommendation, "R4V");
        assertThat(kinds(section("agency.r4v", Section.TO_DO, recommendation)))
                .containsExactly(NotificationKind.LEAD_NAMED);

        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Sector map shared", "IBC-HM", 40, false)));
        assertThat(section("agency.r4v", Section.TO_DO, recommendation)).isEmpty();
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(kinds(section("agency.ibchm", Section.TO_DO, recommendation)))
                .containsExactly(NotificationKind.MILESTONE_GIVEN);
        assertThat(section("agency.ibchm", Section.TO_DO, recommendation).get(0).target())
                .as("a milestone's work is on its recommendation's page").isEqualTo("recommendations/" + recommendation);

        tasks.reportMilestone(fixtures.taskOf("agency.ibchm", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Shared with the platforms");

        assertThat(section("agency.ibchm", Section.TO_DO, recommendation)).isEmpty();
        assertThat(section("agency.ibchm", Section.FOR_INFORMATION, recommendation))
                .filteredOn(i -> i.kind() == NotificationKind.MILESTONE_GIVEN).singleElement()
                .satisfies(given -> assertThat(given.done()).isTrue());

        assertThat(kinds(section("secretariat", Section.TO_DO, recommendation)))
                .containsExactly(NotificationKind.FINAL_REVIEW_DUE);
        assertThat(section("secretariat", Section.TO_DO, recommendation).get(0).target()).isEqualTo("tasks");
        tasks.finalReview(fixtures.taskOf("secretariat", recommendation, WorkItemKind.FINAL_REVIEW),
                Closure.IMPLEMENTED, null);
        assertThat(section("secretariat", Section.TO_DO, recommendation)).as("closed by the final review").isEmpty();
    }

    @Test
    void a_task_given_to_a_person_is_in_their_to_do_with_a_link_to_my_tasks_until_its_milestone_is_completed() {
        Long recommendation = fixtures.newRecommendation("Task given");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Referral map shared", "R4V", 30, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        fixtures.signIn("secretariat");
        assignment.assignTask(task, "agency.r4v", "R4V's focal point for referrals");

        assertThat(section("agency.r4v", Section.TO_DO, recommendation)).singleElement().satisfies(given -> {
            assertThat(given.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
            assertThat(given.target()).isEqualTo("tasks");
        });
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        assertThat(section("agency.r4v", Section.TO_DO, recommendation)).isEmpty();
    }

    @Test
    void each_notification_links_to_where_its_work_is_done_and_the_mail_carries_that_link() throws Exception {
        String member = newMember("en");
        Long recommendation = onTheAgendaWithAProposedResponse("Links");
        Long decision = openDecisionOf(recommendation);

        InboxItem vote = section(member, Section.TO_DO, recommendation).get(0);
        assertThat(vote.target()).isEqualTo("approvals/" + decision);
        sender.sendDue();
        assertThat(GreenMailUtil.getBody(MailServer.to(mail, member + "@example.org").get(0)))
                .contains("http://localhost:", "/approvals/" + decision);

        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(section(member, Section.FOR_INFORMATION, recommendation))
                .filteredOn(i -> i.kind() == NotificationKind.DECISION_TAKEN).singleElement()
                .satisfies(taken -> assertThat(taken.target()).isEqualTo("recommendations/" + recommendation));

        fixtures.signIn("secretariat");
        tasks.nameLead(fixtures.taskOf("secretariat", recommendation, WorkItemKind.NAME_LEAD),
                fixtures.organisation("R4V"));
        assertThat(section("agency.r4v", Section.TO_DO, recommendation)).singleElement()
                .satisfies(lead -> assertThat(lead.target()).isEqualTo("tasks"));
    }

    @Test
    void without_a_choice_work_and_escalations_come_at_once_and_the_rest_in_the_digest() {
        String member = newMember("es");
        fixtures.signIn(member);

        assertThat(preferences.mine()).containsEntry(NotificationKind.VOTE_OPENED, EmailMode.IMMEDIATE)
                .containsEntry(NotificationKind.TASK_ASSIGNED, EmailMode.IMMEDIATE)
                .containsEntry(NotificationKind.QUORUM_NOT_REACHED, EmailMode.IMMEDIATE)
                .containsEntry(NotificationKind.ESCALATED_TO_SECRETARIAT, EmailMode.IMMEDIATE)
                .containsEntry(NotificationKind.ESCALATED_TO_CHAIR, EmailMode.IMMEDIATE)
                .containsEntry(NotificationKind.REMINDER, EmailMode.DAILY_DIGEST)
                .containsEntry(NotificationKind.OVERDUE, EmailMode.DAILY_DIGEST)
                .containsEntry(NotificationKind.DECISION_TAKEN, EmailMode.DAILY_DIGEST)
                .containsEntry(NotificationKind.DUE_DATE_MOVED, EmailMode.DAILY_DIGEST)
                .hasSize(NotificationKind.values().length);
        assertThat(preferences.myTimeZone()).isEqualTo(ZoneId.of("America/Panama"));
    }

    @Test
    void every_kind_has_its_name_and_its_text_in_english_and_in_spanish() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(Translations.find(locale, kind.nameKey())).as(kind + " " + locale).isPresent();
                assertThat(Translations.find(locale, kind.messageKey())).as(kind + " " + locale).isPresent();
                assertThat(Translations.find(locale, "notification.category." + kind.category().name())).isPresent();
            }
        }
    }

    @Test
    void a_kind_set_to_the_inbox_only_writes_no_mail_and_a_kind_on_the_digest_comes_in_the_digest() throws Exception {
        String member = newMember("en");
        fixtures.signIn(member);
        preferences.setMine(NotificationKind.VOTE_OPENED, EmailMode.NONE);
        fixtures.signOut();

        Long recommendation = onTheAgendaWithAProposedResponse("Channels");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        sender.sendDue();

        assertThat(MailServer.to(mail, member + "@example.org")).as("the vote is in the Inbox only, the decision"
                + " waits for the digest").isEmpty();
        assertThat(kinds(section(member, Section.FOR_INFORMATION, recommendation)))
                .containsExactlyInAnyOrder(NotificationKind.VOTE_OPENED, NotificationKind.DECISION_TAKEN);

        digests.composeDigests(clock.instant().plus(Duration.ofDays(1)));
        sender.sendDue();
        assertThat(MailServer.to(mail, member + "@example.org")).singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).startsWith("[Tracker] Your daily digest").endsWith(": 1 notification");
            assertThat(GreenMailUtil.getBody(digest)).contains("Working-group decision on T1 Channels")
                    .doesNotContain("Vote open");
        });
    }

    @Test
    void the_digest_comes_at_eight_in_each_persons_own_time_zone_once_a_day() throws Exception {
        String inPanama = newMember("en");
        String inMadrid = newMember("es");
        fixtures.signIn(inMadrid);
        preferences.setMyTimeZone(ZoneId.of("Europe/Madrid"));
        assertThat(inbox.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        fixtures.signOut();
        transaction.executeWithoutResult(s -> {
            for (String person : List.of(inPanama, inMadrid)) {
                outbox.tell(directory.contact(person).orElseThrow(), NotificationKind.REMINDER, "zones:" + person,
                        null, null, Target.information(null), List.of("R9", "Zones", "Mapping", InboxItem.date(
                                LocalDate.of(2026, 7, 1))));
            }
        });
        LocalDate tomorrow = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).plusDays(1);
        Instant eightInMadrid = tomorrow.atTime(8, 0).atZone(ZoneId.of("Europe/Madrid")).toInstant();
        Instant eightInPanama = tomorrow.atTime(8, 0).atZone(ZoneId.of("America/Panama")).toInstant();

        TestClock.set(eightInMadrid.minus(Duration.ofMinutes(10)));
        digests.composeDigests(clock.instant());
        assertThat(digestDays(inMadrid)).isEmpty();
        assertThat(digestDays(inPanama)).isEmpty();

        TestClock.set(eightInMadrid.plus(Duration.ofMinutes(10)));
        digests.composeDigests(clock.instant());
        assertThat(digestDays(inMadrid)).containsExactly(tomorrow);
        assertThat(digestDays(inPanama)).as("01:10 in Panama").isEmpty();

        TestClock.set(eightInPanama.plus(Duration.ofMinutes(10)));
        digests.composeDigests(clock.instant());
        digests.composeDigests(clock.instant());
        assertThat(digestDays(inMadrid)).as("once a day").containsExactly(tomorrow);
        assertThat(digestDays(inPanama)).containsExactly(tomorrow);

        sender.sendDue();
        assertThat(MailServer.to(mail, inMadrid + "@example.org")).singleElement()
                .satisfies(digest -> assertThat(digest.getSubject()).startsWith("[Seguimiento] Su resumen diario"));
        assertThat(MailServer.to(mail, inPanama + "@example.org")).hasSize(1);
    }

    List<LocalDate> digestDays(String username) {
        return jdbc.sql("select m.digest_day from notification_mail m join app_user u on u.id = m.recipient_id"
                        + " where u.username = :user and m.digest_day is not null")
                .param("user", username).query(LocalDate.class).list();
    }

    @Test
    void the_unread_count_follows_what_is_marked_read() {
        String member = newMember("en");
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                outbox.tell(directory.contact(member).orElseThrow(), NotificationKind.DUE_DATE_MOVED,
                        "unread:" + member + ":" + i, null, null, Target.information(null),
                        List.of("R9", "Unread", "Step " + i, "", ""));
            }
        });
        fixtures.signIn(member);
        assertThat(inbox.unreadCount()).isEqualTo(3);
        inbox.markRead(inbox.mine(PageRequest.of(0, 1)).getContent().get(0).id());
        assertThat(inbox.unreadCount()).isEqualTo(2);
        assertThat(inbox.markAllRead()).isEqualTo(2);
        assertThat(inbox.unreadCount()).isZero();
    }
}
