package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails the outbox could not deliver, for administrators: those that failed for good (after
 * {@code tracker.notifications.max-attempts}) and those still being retried, with the server's last answer; an
 * administrator sends a failed mail again once the cause is fixed (recorded in the audit log). The mail's text is
 * not shown here: it is the recipient's.
 */
@Service
@Transactional(readOnly = true)
public class MailDeliveryAdministration {

    /** The audit log's subject for an administrator's action on a mail. */
    static final String AUDIT_SUBJECT = "mail";

    /**
     * A mail not delivered yet.
     *
     * @param kind      the notification's kind, for a single notification; null for a daily digest
     * @param digestDay the digest's day, for a daily digest
     * @param failed    true: given up after the last attempt; false: still being retried
     * @param retryAt   when the next attempt may run (null once failed)
     */
    public record UndeliveredMail(Long id, String username, String email, NotificationKind kind, LocalDate digestDay,
                                  Instant createdAt, int attempts, boolean failed, String lastError, Instant retryAt) {
    }

    /**
     * The outbox at a glance: mails waiting to be sent (including those being retried), mails given up on, and when
     * the last mail left (null before the first).
     */
    public record OutboxSummary(long pending, long failed, Instant lastSentAt) {
    }

    private static final String UNDELIVERED = " from notification_mail m join app_user u on u.id = m.recipient_id"
            + " where m.state = 'FAILED' or (m.state = 'PENDING' and m.attempts > 0 and m.last_error is not null)";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MailDeliveryAdministration(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Failed mails first, then those being retried; newest first within each. */
    public Page<UndeliveredMail> undelivered(Pageable page) {
        CurrentUser.requireAny(Role.ADMIN);
        List<UndeliveredMail> rows = jdbc.sql("select m.id, u.username, u.email, m.digest_day, m.created_at,"
                        + " m.attempts, m.state, m.last_error, m.claimed_until,"
                        + " (select min(n.kind) from notification n where n.mail_id = m.id) as kind" + UNDELIVERED
                        + " order by case when m.state = 'FAILED' then 0 else 1 end, m.created_at desc, m.id desc"
                        + " offset " + page.getOffset() + " rows fetch next " + page.getPageSize() + " rows only")
                .query((rs, n) -> {
                    boolean failed = "FAILED".equals(rs.getString("state"));
                    Timestamp retry = rs.getTimestamp("claimed_until");
                    String kind = rs.getString("kind");
                    return new UndeliveredMail(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                            kind == null ? null : NotificationKind.valueOf(kind),
                            rs.getObject("digest_day", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                            rs.getInt("attempts"), failed, rs.getString("last_error"),
                            failed || retry == null ? null : retry.toInstant());
                })
                .list();
        return new PageImpl<>(rows, page, count());
    }

    public long count() {
        CurrentUser.requireAny(Role.ADMIN);
        return jdbc.sql("select count(*)" + UNDELIVERED).query(Long.class).single();
    }

    public OutboxSummary outbox() {
        CurrentUser.requireAny(Role.ADMIN);
        return jdbc.sql("select count(case when state = 'PENDING' then 1 end) as pending,"
                        + " count(case when state = 'FAILED' then 1 end) as failed, max(sent_at) as last_sent"
                        + " from notification_mail")
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_sent");
                    return new OutboxSummary(rs.getLong("pending"), rs.getLong("failed"),
                            last == null ? null : last.toInstant());
                })
                .single();
    }

    /** Puts a failed mail back in the outbox, with its attempts counted from zero; the sender takes it at its next run. */
    @Transactional
    public void sendAgain(Long mailId) {
        CurrentUser.requireAny(Role.ADMIN);
        String state = jdbc.sql("select state from notification_mail where id = :id").param("id", mailId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("mail", mailId));
        if (!"FAILED".equals(state)) {
            throw new StateConflictException("admin.mail.error.not-failed");
        }
        jdbc.sql("update notification_mail set state = 'PENDING', attempts = 0, claim_token = null,"
                        + " claimed_until = null where id = :id and state = 'FAILED'")
                .param("id", mailId).update();
        audit.record("MAIL_SENT_AGAIN", AUDIT_SUBJECT, mailId,
                AuditDetails.of("audit.details.mail-sent-again", mailId), "at " + clock.instant());
    }
}
