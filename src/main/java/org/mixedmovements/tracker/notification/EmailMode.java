package org.mixedmovements.tracker.notification;

/**
 * How a person wants one kind of notification by mail ({@link NotificationKind#defaultMode()} unless they chose). The
 * Inbox gets every notification whatever the choice.
 */
public enum EmailMode {
    /** One mail per notification, within a minute or so. */
    IMMEDIATE,
    /** In one mail a day at the digest hour in the person's time zone, with the others waiting since the last one. */
    DAILY_DIGEST,
    /** No mail: in the Inbox only. */
    NONE
}
