package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.milestone.MilestoneDeadlineReached;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against GreenMail as a real SMTP server: an overdue milestone is told by exactly one email per person, in
 * the person's language, however often the sender runs, the event comes again or a sender stops between claiming and
 * sending; a daily-digest user gets one mail for the day; a change that rolls back tells nobody; the inbox shows it.
 */
@TrackerTest
class NotificationOutboxTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired MilestoneDeadlines deadlines;
    @Autowired NotificationSender sender;
    @Autowired DigestComposer digests;
    @Autowired InboxService inbox;
    @Autowired NotificationPreferenceService preferences;
    @Autowired UserAdministration userAdministration;
    @Autowired OrganisationAdministration organisationAdministration;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    String spanish;
    String english;
    Long recommendation;
    MilestoneRow milestone;

    /** A new owner organisation with two focal points (one reads Spanish), owning a milestone in force. */
    @BeforeEach
    void aMilestoneOfANewOrganisationIsInForce() throws Exception {
        int n = RUN.incrementAndGet() + (int) (System.nanoTime() % 100000);
        String code = "NTF" + n;
        fixtures.signIn("admin");
        Long organisation = organisationAdministration.createOrganisation(code, "Notified " + n, OrganisationKind.NGO_NETWORK);
        spanish = "ana" + n;
        english = "ben" + n;
        userAdministration.create(new UserAdministration.NewUser(spanish, "Ana " + n, address(spanish), organisation,
                Role.AGENCY, "es", "Notify-test-password-1"));
        userAdministration.create(new UserAdministration.NewUser(english, "Ben " + n, address(english), organisation,
                Role.AGENCY, "en", "Notify-test-password-1"));
        recommendation = fixtures.newRecommendation("Notifications " + n);
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Referral pathways mapped " + n, code, 20, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        milestone = recommendations.details(recommendation).milestones().get(0);
        fixtures.signOut();
        // both want deadlines at once (by default they wait for the daily digest)
        chooses(spanish, EmailMode.IMMEDIATE, NotificationKind.REMINDER, NotificationKind.OVERDUE);
        chooses(english, EmailMode.IMMEDIATE, NotificationKind.REMINDER, NotificationKind.OVERDUE);
        // the new organisation was told the milestone is theirs (MILESTONE_GIVEN): delivered and cleared, so each test
        // counts only what its own event tells
        sender.sendDue();
        mail.purgeEmailFromAllMailboxes();
    }

    void chooses(String username, EmailMode mode, NotificationKind... kinds) {
        fixtures.signIn(username);
        for (NotificationKind kind : kinds) {
            preferences.setMine(kind, mode);
        }
        fixtures.signOut();
    }

    /** The user's notifications of one kind, newest first. */
    List<InboxItem> inboxOf(String username, NotificationKind kind) {
        fixtures.signIn(username);
        return inbox.mine(PageRequest.of(0, 10)).getContent().stream().filter(i -> i.kind() == kind).toList();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    static String address(String username) {
        return username + "@example.org";
    }

    List<MimeMessage> mailsTo(String username) {
        return MailServer.to(mail, address(username));
    }

    void overdue() {
        transaction.executeWithoutResult(s -> deadlines.record(milestone.id(), DeadlineEventKind.OVERDUE));
    }

    Long mailIdOf(String username) {
        return jdbc.sql("select m.id from notification_mail m join app_user u on u.id = m.recipient_id"
                        + " where u.username = :user and m.state = 'PENDING'").param("user", username).query(Long.class)
                .single();
    }

    @Test
    void anOverdueMilestoneSendsOneEmailInEachRecipientsLanguageEvenWhenSentTwiceOrTheEventComesAgain() throws Exception {
        overdue();
        sender.sendDue();
        sender.sendDue();
        // the same event delivered again (a retried job, a second publisher) adds nothing
        transaction.executeWithoutResult(s -> events.publishEvent(new MilestoneDeadlineReached(milestone.id(),
                recommendation, DeadlineEventKind.OVERDUE, milestone.currentDue())));
        sender.sendDue();

        assertThat(mailsTo(spanish)).hasSize(1);
        MimeMessage toAna = mailsTo(spanish).get(0);
        assertThat(toAna.getSubject()).startsWith("[Seguimiento] Vencido: el hito «" + milestone.name() + "»");
        String body = GreenMailUtil.getBody(toAna);
        assertThat(GreenMailUtil.getWholeMessage(toAna)).contains("Hola", "/recommendations/" + recommendation);
        assertThat(toAna.getHeader("Content-Language")).containsExactly("es");
        assertThat(body).isNotBlank();

        assertThat(mailsTo(english)).hasSize(1);
        assertThat(mailsTo(english).get(0).getSubject()).startsWith("[Tracker] Overdue: the milestone “"
                + milestone.name() + "”");
        assertThat(jdbc.sql("select count(*) from notification where milestone_id = :m and kind = 'OVERDUE'")
                .param("m", milestone.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aSenderThatStopsBetweenClaimAndSendLeavesTheMailToAnotherSenderWhichSendsItOnce() {
        overdue();
        Long mailId = mailIdOf(spanish);
        // node A claims the mail, then stops before sending
        Optional<String> nodeA = sender.claim(mailId);
        assertThat(nodeA).isPresent();
        sender.sendDue();
        assertThat(mailsTo(spanish)).as("a live claim is left alone").isEmpty();

        // A's lease runs out: the next run (another node, or A after its restart) takes the mail over
        jdbc.sql("update notification_mail set claimed_until = :past where id = :id")
                .param("past", Timestamp.from(clock.instant().minus(Duration.ofSeconds(1)))).param("id", mailId).update();
        sender.sendDue();
        assertThat(mailsTo(spanish)).hasSize(1);

        // A wakes up and tries to finish what it claimed: its claim is gone, so it sends nothing
        assertThat(sender.deliver(mailId, nodeA.get())).isFalse();
        sender.sendDue();
        assertThat(mailsTo(spanish)).hasSize(1);
        assertThat(jdbc.sql("select state from notification_mail where id = :id").param("id", mailId)
                .query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void aChangeThatRollsBackTellsNobody() {
        transaction.executeWithoutResult(status -> {
            assertThat(deadlines.record(milestone.id(), DeadlineEventKind.OVERDUE)).isTrue();
            status.setRollbackOnly();
        });
        sender.sendDue();
        assertThat(mailsTo(spanish)).isEmpty();
        assertThat(mailsTo(english)).isEmpty();
        assertThat(inboxOf(spanish, NotificationKind.OVERDUE)).isEmpty();
    }

    @Test
    void aUserOnTheDailyDigestGetsOneMailADayListingTheDaysEvents() throws Exception {
        chooses(spanish, EmailMode.DAILY_DIGEST, NotificationKind.REMINDER, NotificationKind.OVERDUE);
        transaction.executeWithoutResult(s -> deadlines.record(milestone.id(), DeadlineEventKind.REMINDER));
        overdue();
        sender.sendDue();
        assertThat(mailsTo(spanish)).as("no single mails on the digest").isEmpty();
        assertThat(mailsTo(english)).hasSize(2);

        // the digest hour of a later day has passed: one digest, however often the composer and the sender run
        digests.composeDigests(clock.instant().plus(Duration.ofDays(2)));
        digests.composeDigests(clock.instant().plus(Duration.ofDays(2)));
        sender.sendDue();
        sender.sendDue();
        assertThat(mailsTo(spanish)).hasSize(1);
        MimeMessage digest = mailsTo(spanish).get(0);
        assertThat(digest.getSubject()).startsWith("[Seguimiento] Su resumen diario").contains("2 notificaciones");
        assertThat(GreenMailUtil.getBody(digest)).contains("Recordatorio: el hito", "Vencido: el hito");
    }

    @Test
    void theInboxShowsTheNotificationAndMarksItRead() {
        fixtures.signIn(spanish);
        long unreadBefore = inbox.unreadCount();
        overdue();
        List<InboxItem> items = inboxOf(spanish, NotificationKind.OVERDUE);
        assertThat(items).hasSize(1);
        InboxItem item = items.get(0);
        assertThat(item.kind()).isEqualTo(NotificationKind.OVERDUE);
        assertThat(item.recommendationId()).isEqualTo(recommendation);
        assertThat(item.arguments()).contains(milestone.name());
        assertThat(inbox.unreadCount()).isEqualTo(unreadBefore + 1);
        inbox.markRead(item.id());
        assertThat(inbox.unreadCount()).isEqualTo(unreadBefore);
        assertThat(inboxOf(spanish, NotificationKind.OVERDUE).get(0).unread()).isFalse();
    }
}
