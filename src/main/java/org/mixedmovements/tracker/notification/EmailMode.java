package org.mixedmovements.tracker.notification;

/** How a user wants notifications by email. The in-app inbox gets every notification whatever the choice. */
public enum EmailMode {
    /** One email per notification, within a minute or so. */
    IMMEDIATE,
    /** One email a day at the configured hour, listing the notifications since the previous one. */
    DAILY_DIGEST,
    /** No email. */
    NONE
}
