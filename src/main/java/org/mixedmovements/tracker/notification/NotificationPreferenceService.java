package org.mixedmovements.tracker.notification;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.ZonePreference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's mail channel per kind of notification (at once, in the daily digest, or in the Inbox only; a kind
 * without a choice gets {@link NotificationKind#defaultMode()}) and their time zone, which the digest hour and the
 * Inbox's times follow (without a choice: {@code tracker.notifications.digest-zone}). People change only their own.
 */
@Service
@Transactional(readOnly = true)
public class NotificationPreferenceService implements ZonePreference {

    private static final List<String> AREAS = List.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final List<ZoneId> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> AREAS.stream().anyMatch(area -> id.startsWith(area + "/"))).sorted().map(ZoneId::of).toList();

    private final JdbcClient jdbc;
    private final ZoneId defaultZone;
    private final LocalTime digestTime;

    NotificationPreferenceService(JdbcClient jdbc,
                                  @Value("${tracker.notifications.digest-zone:America/Panama}") String defaultZone,
                                  @Value("${tracker.notifications.digest-hour:8}") int digestHour) {
        this.jdbc = jdbc;
        this.defaultZone = ZoneId.of(defaultZone);
        this.digestTime = LocalTime.of(digestHour, 0);
    }

    /** When the daily digest comes, in each person's own time zone. */
    public LocalTime digestTime() {
        return digestTime;
    }

    /** The signed-in person's channel for every kind, in the kinds' order. */
    public Map<NotificationKind, EmailMode> mine() {
        Map<NotificationKind, EmailMode> modes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            modes.put(kind, kind.defaultMode());
        }
        jdbc.sql("select kind, email_mode from notification_channel where user_id = :user")
                .param("user", CurrentUser.require().id())
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("email_mode"))).list()
                .forEach(row -> known(row.getKey()).ifPresent(kind -> modes.put(kind, EmailMode.valueOf(row.getValue()))));
        return modes;
    }

    /** Changes the signed-in person's channel for one kind; notifications already written keep their delivery. */
    @Transactional
    public void setMine(NotificationKind kind, EmailMode mode) {
        long user = CurrentUser.require().id();
        if (kind == null || mode == null) {
            throw InvalidInputException.of("email-mode", "inbox.preferences.choose");
        }
        int changed = jdbc.sql("update notification_channel set email_mode = :mode where user_id = :user and kind = :kind")
                .param("mode", mode.name()).param("user", user).param("kind", kind.name()).update();
        if (changed == 0) {
            jdbc.sql("insert into notification_channel (user_id, kind, email_mode) values (:user, :kind, :mode)")
                    .param("user", user).param("kind", kind.name()).param("mode", mode.name()).update();
        }
    }

    /** The signed-in person's time zone. */
    public ZoneId myTimeZone() {
        return zoneOf(CurrentUser.require().id());
    }

    /** Changes the signed-in person's time zone: the next digest comes at the hour there. */
    @Transactional
    public void setMyTimeZone(ZoneId zone) {
        long user = CurrentUser.require().id();
        if (zone == null) {
            throw InvalidInputException.of("time-zone", "inbox.time-zone.choose");
        }
        int changed = jdbc.sql("update notification_preference set time_zone = :zone where user_id = :user")
                .param("zone", zone.getId()).param("user", user).update();
        if (changed == 0) {
            jdbc.sql("insert into notification_preference (user_id, time_zone) values (:user, :zone)")
                    .param("user", user).param("zone", zone.getId()).update();
        }
    }

    /** The zones a person may choose: the regions' cities (Area/City), without legacy aliases, in name order. */
    public List<ZoneId> timeZones() {
        return TIME_ZONES;
    }

    /** The zone of a person who did not choose one. */
    @Override
    public ZoneId defaultTimeZone() {
        return defaultZone;
    }

    @Override
    public ZoneId zoneOf(long userId) {
        return zoneOf(Long.valueOf(userId));
    }

    ZoneId zoneOf(Long userId) {
        return jdbc.sql("select time_zone from notification_preference where user_id = :user")
                .param("user", userId).query(String.class).optional().map(this::zone).orElse(defaultZone);
    }

    /** A stored zone, or the default if the zone rules no longer know it. */
    ZoneId zone(String id) {
        if (id == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return defaultZone;
        }
    }

    /** The channel of each of these people for the kind, in one query. */
    Map<Long, EmailMode> modesOf(Collection<Long> userIds, NotificationKind kind) {
        Map<Long, EmailMode> modes = new HashMap<>();
        userIds.forEach(id -> modes.put(id, kind.defaultMode()));
        jdbc.sql("select user_id, email_mode from notification_channel where kind = :kind and user_id in (:users)")
                .param("kind", kind.name()).param("users", userIds)
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), EmailMode.valueOf(rs.getString("email_mode"))))
                .list().forEach(row -> modes.put(row.getKey(), row.getValue()));
        return modes;
    }

    private static Optional<NotificationKind> known(String name) {
        try {
            return Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }
}
