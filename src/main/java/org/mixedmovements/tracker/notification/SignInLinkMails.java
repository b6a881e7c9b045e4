package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.mixedmovements.tracker.account.SignInLinkRequested;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a one-time sign-in link (forgot password) into the outbox, in the transaction that made the link: the sender
 * delivers it as it delivers every mail, safely on several nodes, and clears the link from the row once it has gone.
 * It is no notification: nothing appears in the inbox, whatever the person's mail choices (they asked for it).
 */
@Component
class SignInLinkMails {

    static final String KEY_PREFIX = "sign-in:";

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLinkMails(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void requested(SignInLinkRequested link) {
        jdbc.sql("insert into notification_mail (mail_key, recipient_id, state, attempts, created_at, sign_in_link,"
                        + " sign_in_expires_at) values (:key, :recipient, 'PENDING', 0, :now, :link, :expires)")
                .param("key", KEY_PREFIX + UUID.randomUUID()).param("recipient", link.userId())
                .param("now", Timestamp.from(clock.instant())).param("link", link.link())
                .param("expires", Timestamp.from(link.expiresAt())).update();
    }
}
