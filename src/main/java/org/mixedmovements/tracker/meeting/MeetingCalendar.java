package org.mixedmovements.tracker.meeting;

import java.net.URI;
import java.time.Clock;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mixedmovements.tracker.base.ICalendarText;
import org.mixedmovements.tracker.base.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A meeting's invitation as an iCalendar message (RFC 5546): {@code METHOD:REQUEST} while it is scheduled,
 * {@code METHOD:CANCEL} once cancelled, always with the meeting's own UID and its current SEQUENCE, so a calendar
 * replaces the event it holds instead of adding a second one. Its start and end (DTSTART, DTEND) are written in UTC,
 * which every calendar reads without a time-zone definition; the meeting's zone is in the mail's text.
 */
@Component
class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=";
    private static final String PRODUCT = "-//Mixed Movements//Recommendation Tracker//EN";

    private final Clock clock;
    private final String organiser;
    private final String baseUrl;

    MeetingCalendar(Clock clock, PublicAddress address,
                    @Value("${tracker.notifications.from:Recommendation Tracker <no-reply@localhost>}") String from) {
        this.clock = clock;
        this.baseUrl = address.base();
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        this.organiser = open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
    }

    /** The invitation (or, for a cancelled meeting, the cancellation) as it stands now. */
    String invitation(Meeting meeting) {
        boolean cancelled = meeting.getState() == MeetingState.CANCELLED;
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.getCalendarUid()));
        event.add(new DtStamp(clock.instant()));
        event.add(new DtStart<>(meeting.getStartsAt()));
        event.add(new DtEnd<>(meeting.getEndsAt()));
        event.add(new Sequence(meeting.getCalendarSequence()));
        event.add(new Summary(meeting.getTitle()));
        event.add(new Location(meeting.getPlace()));
        event.add(new Organizer(URI.create("mailto:" + organiser)));
        event.add(new Url(URI.create(baseUrl + "/meetings/" + meeting.getId())));
        event.add(new Description(baseUrl + "/meetings/" + meeting.getId()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(event);
        return ICalendarText.of(calendar);
    }

    static String mediaType(Meeting meeting) {
        return MEDIA_TYPE + (meeting.getState() == MeetingState.CANCELLED ? "CANCEL" : "REQUEST");
    }
}
