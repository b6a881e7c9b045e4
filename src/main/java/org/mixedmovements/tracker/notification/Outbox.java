package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.mixedmovements.tracker.account.Contact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, in the transaction of the change that caused them (MANDATORY: never on its own, so a change
 * that rolls back leaves no notification and no mail behind). One row per event key and recipient: the same event
 * told twice (a retried job, a redelivered event) finds the row and adds nothing; the unique constraint
 * {@code uk_notification_event_recipient} is the backstop if two transactions race. A recipient who wants immediate
 * email also gets an outbox row ({@code notification_mail}, key {@code notification:<id>}) in the same transaction.
 */
@Component
class Outbox {

    static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final NotificationPreferences preferences;
    private final Clock clock;

    Outbox(JdbcClient jdbc, NotificationPreferences preferences, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** @return whether a notification was written (false: this recipient was already told of this event) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tell(Contact recipient, NotificationKind kind, String eventKey, Long recommendationId,
                        Long milestoneId, List<String> arguments) {
        boolean told = jdbc.sql("select count(*) from notification where event_key = :key and recipient_id = :recipient")
                .param("key", eventKey).param("recipient", recipient.id())
                .query(Long.class).single() > 0;
        if (told) {
            return false;
        }
        EmailMode mode = recipient.hasEmail() ? preferences.modeOf(recipient.id()) : EmailMode.NONE;
        String delivery = switch (mode) {
            case IMMEDIATE -> "IMMEDIATE";
            case DAILY_DIGEST -> "DIGEST";
            case NONE -> "NONE";
        };
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notification (event_key, recipient_id, kind, recommendation_id, milestone_id, arguments,"
                        + " created_at, delivery) values (:key, :recipient, :kind, :recommendation, :milestone,"
                        + " :arguments, :now, :delivery)")
                .param("key", eventKey).param("recipient", recipient.id()).param("kind", kind.name())
                .param("recommendation", recommendationId).param("milestone", milestoneId)
                .param("arguments", join(arguments)).param("now", now).param("delivery", delivery)
                .update(keys, "id");
        Long notificationId = keys.getKey().longValue();
        if (mode == EmailMode.IMMEDIATE) {
            Long mailId = newMail("notification:" + notificationId, recipient.id(), null);
            jdbc.sql("update notification set mail_id = :mail where id = :id")
                    .param("mail", mailId).param("id", notificationId).update();
        }
        return true;
    }

    /** A new outbox row, waiting for the sender. */
    Long newMail(String mailKey, Long recipientId, java.time.LocalDate digestDay) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notification_mail (mail_key, recipient_id, digest_day, state, attempts, created_at)"
                        + " values (:key, :recipient, :day, 'PENDING', 0, :now)")
                .param("key", mailKey).param("recipient", recipientId).param("day", digestDay)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    static String join(List<String> arguments) {
        return String.join(SEPARATOR, arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
    }

    static List<String> split(String arguments) {
        return arguments == null || arguments.isEmpty() ? List.of() : List.of(arguments.split(SEPARATOR, -1));
    }
}
