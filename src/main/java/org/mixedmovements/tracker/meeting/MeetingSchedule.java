package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When and where the secretariat schedules a meeting: the day, the time it starts and the time it
 * ends (the same day) in a time zone, the place or the call's link,
 * a title, and the language its minutes are written in ({@code en} or {@code es}).
 */
public record MeetingSchedule(Long planId, LocalDate date, LocalTime time, LocalTime ends, ZoneId zone, String title,
                              String place, String language) {

    /** How long a meeting lasts unless the secretariat says otherwise: the dialog's end time starts there. */
    public static final java.time.Duration USUAL_LENGTH = java.time.Duration.ofHours(2);
}
