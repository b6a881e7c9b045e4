package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When and where the secretariat schedules a meeting: the day and time in a time zone, the place or the call's link,
 * a title, and the language its minutes are written in ({@code en} or {@code es}).
 */
public record MeetingSchedule(Long planId, LocalDate date, LocalTime time, ZoneId zone, String title, String place,
                              String language) {
}
