package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.Contact;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail the server refuses is retried with a growing pause and shown to administrators, with the server's answer;
 * after the last attempt it is given up, and an administrator sends it again once the server is back. The mail server
 * is down (nothing listens on GreenMail's port) until the test starts a real one.
 */
@TrackerTest
class MailDeliveryTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired Outbox outbox;
    @Autowired NotificationSender sender;
    @Autowired MailDeliveryAdministration administration;
    @Autowired UserAdministration users;
    @Autowired UserDirectory directory;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    MailDeliveryAdministration.UndeliveredMail mine(String username) {
        fixtures.signIn("admin");
        return administration.undelivered(PageRequest.of(0, 500)).getContent().stream()
                .filter(m -> m.username().equals(username)).findFirst().orElse(null);
    }

    @Test
    void aRefusedMailIsRetriedShownToAdministratorsGivenUpAndSentAgainWhenTheServerIsBack() {
        String username = "carla" + RUN.incrementAndGet() + System.nanoTime() % 100000;
        fixtures.signIn("admin");
        users.create(new UserAdministration.NewUser(username, "Carla", username + "@example.org",
                fixtures.organisation("UNHCR"), Role.WG_MEMBER, "en", "Mail-test-password-1"));
        Contact carla = directory.contact(username).orElseThrow();
        fixtures.signOut();
        transaction.executeWithoutResult(status -> outbox.tell(carla, NotificationKind.DECISION_NUDGE,
                "mail-delivery-test:" + username, null, null, Target.information(null), List.of("", "", "")));

        sender.sendDue();

        MailDeliveryAdministration.UndeliveredMail retrying = mine(username);
        assertThat(retrying).isNotNull();
        assertThat(retrying.failed()).isFalse();
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.kind()).isEqualTo(NotificationKind.DECISION_NUDGE);
        assertThat(retrying.lastError()).isNotBlank();
        assertThatThrownBy(() -> administration.sendAgain(retrying.id())).isInstanceOf(StateConflictException.class);

        for (int attempt = 2; attempt <= 8; attempt++) {
            TestClock.advance(Duration.ofHours(2));
            sender.sendDue();
        }
        MailDeliveryAdministration.UndeliveredMail failed = mine(username);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.attempts()).isEqualTo(8);

        fixtures.signIn("wg.unhcr");
        assertThatThrownBy(() -> administration.sendAgain(failed.id())).isInstanceOf(NotPermittedException.class);
        GreenMail server = new GreenMail(new ServerSetup(MailServer.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            fixtures.signIn("admin");
            administration.sendAgain(failed.id());
            fixtures.signOut();
            sender.sendDue();

            assertThat(mine(username)).isNull();
            assertThat(server.getReceivedMessagesForDomain("example.org")).anySatisfy(m -> assertThat(
                    m.getAllRecipients()[0].toString()).isEqualTo(username + "@example.org"));
        } finally {
            server.stop();
        }
    }
}
