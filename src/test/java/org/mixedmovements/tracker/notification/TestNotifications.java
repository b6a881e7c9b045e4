package org.mixedmovements.tracker.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import org.mixedmovements.tracker.Fixtures;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationAdministration;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and what they were told, for the notification tests: a fresh focal point of a fresh organisation or a fresh
 * working-group member with an address, notifications told to them, what their Inbox holds and what mail reached them.
 */
@Component
public class TestNotifications {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final Outbox outbox;
    private final UserDirectory users;
    private final UserAdministration userAdministration;
    private final OrganisationAdministration organisations;
    private final Fixtures fixtures;
    private final InboxService inbox;
    private final NotificationSender sender;

    TestNotifications(Outbox outbox, UserDirectory users, UserAdministration userAdministration,
                      OrganisationAdministration organisations, Fixtures fixtures, InboxService inbox,
                      NotificationSender sender) {
        this.sender = sender;
        this.fixtures = fixtures;
        this.inbox = inbox;
        this.outbox = outbox;
        this.users = users;
        this.userAdministration = userAdministration;
        this.organisations = organisations;
    }

    /** Sends the outbox's due mails now, as the scheduled sender would (tests turn its schedule off). */
    public int sendDueMails() {
        return sender.sendDue();
    }

    /** A new agency focal point (language en or es) of a new organisation; the caller is signed in as admin. */
    public String newFocalPoint(String language) {
        int n = PEOPLE.incrementAndGet() + (int) (System.nanoTime() % 100000);
        Long organisation = organisations.createOrganisation("INBOX" + n, "Inbox " + n, OrganisationKind.NGO_NETWORK);
        String username = "inbox" + n;
        userAdministration.create(new UserAdministration.NewUser(username, "Inbox " + n, null, organisation,
                Role.AGENCY, language, "Notify-test-password-1"));
        return username;
    }

    /** Tells the user that a milestone of the recommendation is their organisation's, as an approved plan would. */
    @Transactional
    public void milestoneGiven(String username, Long recommendationId, Long milestoneId) {
        outbox.tell(users.contact(username).orElseThrow(), NotificationKind.MILESTONE_GIVEN,
                "test-given:" + username + ":" + milestoneId, recommendationId, milestoneId,
                Target.milestone(recommendationId, milestoneId), List.of("R7", "Title", "Route map published", "INBOX",
                        InboxItem.date(java.time.LocalDate.of(2026, 12, 1))));
    }

    /** Tells the user that a milestone of the recommendation is overdue, as the deadline process would. */
    @Transactional
    public void overdue(String username, Long recommendationId, String code, String milestone, java.time.LocalDate due) {
        outbox.tell(users.contact(username).orElseThrow(), NotificationKind.OVERDUE,
                "test:" + username + ":" + milestone, recommendationId, null, Target.information(recommendationId),
                List.of(code, "Title", milestone, InboxItem.date(due)));
    }

    /** A new working-group member of the organisation, with an address at example.org, reading the language. */
    public String newMember(String organisationCode, String language) {
        int n = PEOPLE.incrementAndGet() + (int) (System.nanoTime() % 100000);
        String username = "member" + n;
        fixtures.signIn("admin");
        try {
            userAdministration.create(new UserAdministration.NewUser(username, "Member " + n,
                    username + "@example.org", fixtures.organisation(organisationCode), Role.WG_MEMBER, language,
                    "Notify-test-password-1"));
        } finally {
            fixtures.signOut();
        }
        return username;
    }

    /** The kinds of the user's notifications about the recommendation in that part of the Inbox, newest first. */
    public List<NotificationKind> told(String username, Long recommendationId, InboxService.Section section) {
        fixtures.signIn(username);
        return inbox.mine(section, PageRequest.of(0, 500)).getContent().stream()
                .filter(item -> recommendationId.equals(item.recommendationId())).map(InboxItem::kind).toList();
    }

    /** The kinds of all the user's notifications about the recommendation, newest first. */
    public List<NotificationKind> told(String username, Long recommendationId) {
        fixtures.signIn(username);
        return inbox.mine(PageRequest.of(0, 500)).getContent().stream()
                .filter(item -> recommendationId.equals(item.recommendationId())).map(InboxItem::kind).toList();
    }

    /** The text of each mail GreenMail received for the user, decoded (the mails are quoted-printable UTF-8). */
    public static List<String> mailsTo(GreenMailExtension mail, String username) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : MailServer.to(mail, username + "@example.org")) {
            bodies.add(m.getContent() instanceof String text ? text : GreenMailUtil.getBody(m));
        }
        return bodies;
    }

    /** A date as the notifications write it in that language. */
    public static String medium(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
