package org.mixedmovements.tracker.notification;

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
 */
public record InboxItem(Long id, NotificationKind kind, Long recommendationId, Long milestoneId,
                        List<String> arguments, Instant createdAt, Instant readAt) {

    public static final String KEY_PREFIX = "key:";
    public static final String DATE_PREFIX = "date:";

    public boolean unread() {
        return readAt == null;
    }

    /** A calendar date as an argument: each reader sees it in their own language, never as an ISO code. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE_PREFIX + day;
    }

    /**
     * The argument as a reader sees it: a {@code key:} argument translated by {@code translate}, a {@code date:}
     * argument written in the reader's language, plain text as it is.
     */
    public static String shown(String argument, Locale locale, UnaryOperator<String> translate) {
        String key = translatableArgument(argument);
        if (key != null) {
            return translate.apply(key);
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
