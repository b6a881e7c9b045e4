package org.mixedmovements.tracker.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient's inbox shows it; the text is {@code kind.messageKey()} with {@code arguments}
 * (arguments that start with {@code key:} are themselves keys to translate, see {@link #translatableArgument}).
 * {@code target} is the path of the page where its work is done (relative to the application's address; null when it
 * has none); {@code doneAt} when the work it offered was done.
 */
public record InboxItem(Long id, NotificationKind kind, Long recommendationId, Long milestoneId,
                        List<String> arguments, Instant createdAt, Instant readAt, String target, Instant doneAt) {

    public static final String KEY_PREFIX = "key:";
    public static final String DATE_PREFIX = "date:";
    private static final char PHRASE_SEPARATOR = '|';

    /** The columns {@link #from} reads. */
    static final String COLUMNS = "id, kind, recommendation_id, milestone_id, arguments, created_at, read_at, target,"
            + " done_at";

    public boolean unread() {
        return readAt == null;
    }

    /** Work offered to its reader that is not done yet: in the Inbox's "To do". */
    public boolean toDo() {
        return kind.offersWork() && doneAt == null;
    }

    /** Work offered that was done: shown as done under "For information". */
    public boolean done() {
        return kind.offersWork() && doneAt != null;
    }

    /** A notification row ({@link #COLUMNS}). */
    static InboxItem from(java.sql.ResultSet row) throws java.sql.SQLException {
        return new InboxItem(row.getLong("id"), NotificationKind.valueOf(row.getString("kind")),
                row.getObject("recommendation_id", Long.class), row.getObject("milestone_id", Long.class),
                Outbox.split(row.getString("arguments")), row.getTimestamp("created_at").toInstant(),
                instant(row.getTimestamp("read_at")), row.getString("target"), instant(row.getTimestamp("done_at")));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A calendar date as an argument: each reader sees it in their own language, never as an ISO code. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE_PREFIX + day;
    }

    /**
     * A phrase to translate with its own numbers ({@code key:<key>|4|1}): each reader sees it in their language, the
     * numbers in place ("4 for, 1 against", "4 a favor, 1 en contra").
     */
    public static String phrase(String key, int... numbers) {
        StringBuilder argument = new StringBuilder(KEY_PREFIX).append(key);
        for (int number : numbers) {
            argument.append(PHRASE_SEPARATOR).append(number);
        }
        return argument.toString();
    }

    /**
     * The argument as a reader sees it: a {@code key:} argument translated by {@code translate} (with its numbers, see
     * {@link #phrase}), a {@code date:} argument written in the reader's language, plain text as it is.
     */
    public static String shown(String argument, Locale locale, UnaryOperator<String> translate) {
        String key = translatableArgument(argument);
        if (key != null) {
            if (key.indexOf(PHRASE_SEPARATOR) < 0) {
                return translate.apply(key);
            }
            String[] parts = key.split("\\" + PHRASE_SEPARATOR);
            Object[] numbers = new Object[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                numbers[i - 1] = Integer.valueOf(parts[i]);
            }
            return new MessageFormat(translate.apply(parts[0]), locale).format(numbers);
        }
        if (argument != null && argument.startsWith(DATE_PREFIX)) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(LocalDate.parse(argument.substring(DATE_PREFIX.length())));
        }
        return argument;
    }

    /** The message key an argument names, or null when the argument is plain text. */
    public static String translatableArgument(String argument) {
        return argument != null && argument.startsWith(KEY_PREFIX) ? argument.substring(KEY_PREFIX.length()) : null;
    }
}
