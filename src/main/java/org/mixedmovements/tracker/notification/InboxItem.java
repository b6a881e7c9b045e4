package org.mixedmovements.tracker.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient's inbox shows it; the text is {@code kind.messageKey()} with {@code arguments}
 * (arguments that start with {@code key:} are themselves keys to translate, see {@link #translatableArgument}).
 */
public record InboxItem(Long id, NotificationKind kind, Long recommendationId, Long milestoneId,
                        List<String> arguments, Instant createdAt, Instant readAt) {

    public static final String KEY_PREFIX = "key:";

    public boolean unread() {
        return readAt == null;
    }

    /** The message key an argument names, or null when the argument is plain text. */
    public static String translatableArgument(String argument) {
        return argument != null && argument.startsWith(KEY_PREFIX) ? argument.substring(KEY_PREFIX.length()) : null;
    }
}
