package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting was scheduled, moved, cancelled or closed: the members are told, with the invitation for their calendar
 * (null for the minutes). Published in the transaction of the change.
 *
 * @param sequence the invitation's SEQUENCE at that change: each change is told once
 * @param date     the day of the meeting in its own time zone; {@code time} its start there and
 *                 {@code ends} its end (null when told of the minutes)
 */
public record MeetingAnnounced(Long meetingId, Announcement announcement, int sequence, String title, LocalDate date,
                               LocalTime time, LocalTime ends, String zone, String place, String calendarFileName,
                               String calendarMediaType, String calendarText) {

    /** What the members are told. */
    public enum Announcement {
        INVITATION,
        UPDATE,
        CANCELLATION,
        MINUTES
    }
}
