package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Optional;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.base.security.ZonePreference;

/**
 * The time zone the signed-in person reads times in ({@link ZonePreference}), looked up once per session and kept in
 * it until they choose another. Every date-time a view shows is in this zone ({@link Formats#dateTime(java.time.Instant)});
 * a day (a deadline, a meeting) stays the day it is in the plan's calendar.
 */
public final class ReaderZone {

    private static final String ATTRIBUTE = ReaderZone.class.getName();

    private ReaderZone() {
    }

    /** The signed-in person's zone (the default zone for nobody signed in). */
    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<TrackerUser> user = CurrentUser.find();
        Kept kept = session == null ? null : (Kept) session.getAttribute(ATTRIBUTE);
        if (kept != null && user.isPresent() && kept.userId() == user.get().id()) {
            return kept.zone();
        }
        ZonePreference preference = preference();
        ZoneId zone = user.map(u -> preference.zoneOf(u.id())).orElseGet(preference::defaultTimeZone);
        if (session != null && user.isPresent()) {
            session.setAttribute(ATTRIBUTE, new Kept(user.get().id(), zone));
        }
        return zone;
    }

    /** The person chose another zone: the session's views show it from now on. */
    public static void changed(ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            CurrentUser.find().ifPresent(user -> session.setAttribute(ATTRIBUTE, new Kept(user.id(), zone)));
        }
    }

    /** Whose zone the session keeps (a session is one person's, but the check costs nothing). */
    private record Kept(long userId, ZoneId zone) implements Serializable {
    }

    private static ZonePreference preference() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ZonePreference.class);
    }
}
