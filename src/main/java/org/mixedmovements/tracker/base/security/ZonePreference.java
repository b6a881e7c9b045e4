package org.mixedmovements.tracker.base.security;

import java.time.ZoneId;

/**
 * The time zone each person reads times in (their profile setting, "My notifications"; without a choice the shipped
 * plan's zone, {@code tracker.notifications.digest-zone}); implemented by the notification feature, which also sends
 * their daily digest at 08:00 there.
 */
public interface ZonePreference {

    ZoneId zoneOf(long userId);

    /** The zone of a person who did not choose one. */
    ZoneId defaultTimeZone();
}
