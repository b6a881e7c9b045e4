package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digests, at the digest hour ({@code tracker.notifications.digest-hour}, 8 by default) in each person's own
 * time zone (their choice, else {@code tracker.notifications.digest-zone}): once that hour has passed on their local
 * day, a person with notifications waiting for the digest gets one outbox row for that local day
 * ({@code digest:<user>:<day>}, unique) listing every waiting notification written before that hour. Checked every ten
 * minutes with one query over the waiting rows (the earliest per person and their zone); a node that was down at the
 * hour catches up; a second node or a second run finds the day's row and adds nothing; a notification that arrives
 * later waits for the next day's digest. The sender delivers the digest like any other mail.
 */
@Component
class DigestComposer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestComposer.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final NotificationPreferenceService preferences;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int hour;

    DigestComposer(JdbcClient jdbc, Outbox outbox, NotificationPreferenceService preferences,
                   PlatformTransactionManager transactions, Clock clock,
                   @Value("${tracker.notifications.digest-hour:8}") int hour) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.preferences = preferences;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.hour = hour;
    }

    @Scheduled(cron = "${tracker.notifications.digest-cron:0 */10 * * * *}")
    void scheduled() {
        try {
            composeDigests(clock.instant());
        } catch (RuntimeException failure) {
            LOG.warn("Composing the daily digests failed; the next run tries again", failure);
        }
    }

    /** Composes the digests due at {@code now}; returns how many were written. */
    int composeDigests(Instant now) {
        List<Waiting> waiting = jdbc.sql("select n.recipient_id, p.time_zone, min(n.created_at) as earliest"
                        + " from notification n left join notification_preference p on p.user_id = n.recipient_id"
                        + " where n.delivery = 'DIGEST' and n.mail_id is null group by n.recipient_id, p.time_zone")
                .query((rs, n) -> new Waiting(rs.getLong("recipient_id"), preferences.zone(rs.getString("time_zone")),
                        rs.getTimestamp("earliest").toInstant()))
                .list();
        int written = 0;
        for (Waiting person : waiting) {
            ZonedDateTime local = now.atZone(person.zone());
            LocalDate day = local.getHour() < hour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
            Instant cutoff = day.atTime(hour, 0).atZone(person.zone()).toInstant();
            if (person.earliest().isBefore(cutoff) && compose(person.recipientId(), day, Timestamp.from(cutoff))) {
                written++;
            }
        }
        return written;
    }

    /** One person's digest of the day, in its own transaction; false when it exists already (this or another node). */
    private boolean compose(Long recipient, LocalDate day, Timestamp cutoff) {
        String key = "digest:" + recipient + ":" + day;
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                boolean exists = jdbc.sql("select count(*) from notification_mail where mail_key = :key")
                        .param("key", key).query(Long.class).single() > 0;
                if (exists) {
                    return false;
                }
                Long mail = outbox.newMail(key, recipient, day);
                jdbc.sql("update notification set mail_id = :mail where recipient_id = :recipient"
                                + " and delivery = 'DIGEST' and mail_id is null and created_at < :cutoff")
                        .param("mail", mail).param("recipient", recipient).param("cutoff", cutoff).update();
                return true;
            }));
        } catch (DuplicateKeyException anotherNode) {
            LOG.debug("Digest {} was composed by another node", key);
            return false;
        }
    }

    private record Waiting(Long recipientId, ZoneId zone, Instant earliest) {
    }
}
