package org.mixedmovements.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mixedmovements.tracker.account.Contact;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 * mail for the kind also gets an outbox row ({@code notification_mail}, key {@code notification:<id>}) in the same
 * transaction. Each row carries its {@link Target}: the link and the work it offers.
 */
@Component
class Outbox {

    static final String SEPARATOR = "\u001f";

    private static final String INSERT = "insert into notification (event_key, recipient_id, kind, recommendation_id,"
            + " milestone_id, arguments, created_at, delivery, target, work_key) values (:key, :recipient, :kind,"
            + " :recommendation, :milestone, :arguments, :now, :delivery, :target, :work)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final NotificationPreferenceService preferences;
    private final Clock clock;

    Outbox(JdbcClient jdbc, NamedParameterJdbcTemplate named, NotificationPreferenceService preferences, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** @return whether a notification was written (false: this recipient was already told of this event) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tell(Contact recipient, NotificationKind kind, String eventKey, Long recommendationId,
                        Long milestoneId, Target target, List<String> arguments) {
        return tellAll(List.of(recipient), kind, eventKey, recommendationId, milestoneId, target, arguments) == 1;
    }

    /**
     * Tells each recipient once: one query finds who was already told of this event, one batch writes the others'
     * rows (a recipient who wants this kind at once gets their row and its outbox row one at a time, as the mail needs
     * the notification's id), one query reads their mail channels for the kind. A deadline or a decision tells a dozen
     * people; this keeps that to a few statements.
     *
     * @return how many notifications were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int tellAll(Collection<Contact> recipients, NotificationKind kind, String eventKey, Long recommendationId,
                       Long milestoneId, Target target, List<String> arguments) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, Contact> fresh = notYetTold(recipients, eventKey);
        Timestamp now = Timestamp.from(clock.instant());
        String joined = join(arguments);
        Map<Long, EmailMode> modes = fresh.isEmpty() ? Map.of() : preferences.modesOf(fresh.keySet(), kind);
        List<MapSqlParameterSource> batch = new ArrayList<>();
        for (Contact recipient : fresh.values()) {
            EmailMode mode = recipient.hasEmail() ? modes.get(recipient.id()) : EmailMode.NONE;
            MapSqlParameterSource row = new MapSqlParameterSource()
                    .addValue("key", eventKey).addValue("recipient", recipient.id()).addValue("kind", kind.name())
                    .addValue("recommendation", recommendationId).addValue("milestone", milestoneId)
                    .addValue("arguments", joined).addValue("now", now).addValue("delivery", delivery(mode))
                    .addValue("target", target.path()).addValue("work", target.workKey());
            if (mode == EmailMode.IMMEDIATE) {
                KeyHolder keys = new GeneratedKeyHolder();
                named.update(INSERT, row, keys, new String[] {"id"});
                Long notificationId = keys.getKey().longValue();
                Long mailId = newMail("notification:" + notificationId, recipient.id(), null);
                jdbc.sql("update notification set mail_id = :mail where id = :id")
                        .param("mail", mailId).param("id", notificationId).update();
            } else {
                batch.add(row);
            }
        }
        if (!batch.isEmpty()) {
            named.batchUpdate(INSERT, batch.toArray(MapSqlParameterSource[]::new));
        }
        return fresh.size();
    }

    /** The recipients not yet told of the event (one query), each once, in the order given. */
    private Map<Long, Contact> notYetTold(Collection<Contact> recipients, String eventKey) {
        Set<Long> told = new HashSet<>(jdbc.sql("select recipient_id from notification where event_key = :key"
                        + " and recipient_id in (:recipients)")
                .param("key", eventKey).param("recipients", recipients.stream().map(Contact::id).toList())
                .query(Long.class).list());
        Map<Long, Contact> fresh = new LinkedHashMap<>();
        recipients.stream().filter(r -> !told.contains(r.id())).forEach(r -> fresh.putIfAbsent(r.id(), r));
        return fresh;
    }

    /** A file that travels with a mail: its name, media type and text (an iCalendar invitation). */
    record Attachment(String fileName, String mediaType, String text) {
    }

    /**
     * Tells each recipient once, by a mail of its own carrying {@code attachment} unless they chose no mail for the
     * kind: a digest cannot carry a calendar invitation, so a person who asked for the digest gets this one at once.
     *
     * @return how many notifications were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int tellWithAttachment(Collection<Contact> recipients, NotificationKind kind, String eventKey,
                                  Target target, List<String> arguments, Attachment attachment) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, Contact> fresh = notYetTold(recipients, eventKey);
        Map<Long, EmailMode> modes = fresh.isEmpty() ? Map.of() : preferences.modesOf(fresh.keySet(), kind);
        Timestamp now = Timestamp.from(clock.instant());
        for (Contact recipient : fresh.values()) {
            boolean mailed = recipient.hasEmail() && modes.get(recipient.id()) != EmailMode.NONE;
            KeyHolder keys = new GeneratedKeyHolder();
            named.update(INSERT, new MapSqlParameterSource()
                    .addValue("key", eventKey).addValue("recipient", recipient.id()).addValue("kind", kind.name())
                    .addValue("recommendation", null).addValue("milestone", null)
                    .addValue("arguments", join(arguments)).addValue("now", now)
                    .addValue("delivery", delivery(mailed ? EmailMode.IMMEDIATE : EmailMode.NONE))
                    .addValue("target", target.path()).addValue("work", target.workKey()), keys, new String[] {"id"});
            if (mailed) {
                Long notificationId = keys.getKey().longValue();
                Long mailId = newMail("notification:" + notificationId, recipient.id(), null);
                jdbc.sql("update notification set mail_id = :mail where id = :id")
                        .param("mail", mailId).param("id", notificationId).update();
                if (attachment != null) {
                    jdbc.sql("update notification_mail set attachment_name = :name, attachment_type = :type,"
                                    + " attachment_text = :text where id = :id")
                            .param("name", attachment.fileName()).param("type", attachment.mediaType())
                            .param("text", attachment.text()).param("id", mailId).update();
                }
            }
        }
        return fresh.size();
    }

    private static String delivery(EmailMode mode) {
        return switch (mode) {
            case IMMEDIATE -> "IMMEDIATE";
            case DAILY_DIGEST -> "DIGEST";
            case NONE -> "NONE";
        };
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
