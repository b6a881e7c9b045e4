package org.mixedmovements.tracker.base;

import java.io.IOException;
import java.io.StringWriter;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;

/** An iCalendar object as the text a mail attachment or a calendar feed carries (RFC 5545, lines folded). */
public final class ICalendarText {

    private ICalendarText() {
    }

    public static String of(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            // a StringWriter does not fail
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }
}
