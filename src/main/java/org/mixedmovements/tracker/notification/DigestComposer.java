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
 * The daily digests: once the day's digest hour ({@code tracker.notifications.digest-hour}, in
 * {@code tracker.notifications.digest-zone}) has passed, each user on the daily digest gets one outbox row for that
 * day ({@code digest:<user>:<day>}, unique) listing every waiting notification written before that hour. Checked
 * every few minutes, so a node that was down at the hour catches up; a second node or a second run finds the day's
 * row and adds nothing; a notification that arrives later waits for the next day's digest. The sender delivers the
 * digest like any other mail.
 */
@Component
class DigestComposer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestComposer.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ZoneId zone;
    private final int hour;

    DigestComposer(JdbcClient jdbc, Outbox outbox, PlatformTransactionManager transactions, Clock clock,
                   @Value("${tracker.notifications.digest-zone:America/Panama}") String zone,
                   @Value("${tracker.notifications.digest-hour:7}") int hour) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = ZoneId.of(zone);
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
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.getHour() < hour ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        Timestamp cutoff = Timestamp.from(day.atTime(hour, 0).atZone(zone).toInstant());
        List<Long> recipients = jdbc.sql("select distinct recipient_id from notification where delivery = 'DIGEST'"
                        + " and mail_id is null and created_at < :cutoff")
                .param("cutoff", cutoff).query(Long.class).list();
        int written = 0;
        for (Long recipient : recipients) {
            String key = "digest:" + recipient + ":" + day;
            try {
                Boolean composed = ownTransaction.execute(status -> {
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
                });
                if (Boolean.TRUE.equals(composed)) {
                    written++;
                }
            } catch (DuplicateKeyException anotherNode) {
                LOG.debug("Digest {} was composed by another node", key);
            }
        }
        return written;
    }
}
