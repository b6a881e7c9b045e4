package org.mixedmovements.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The days on which date rules break if they break at all, for the sweeps of {@code EdgeDaysRulesTest} and
 * {@code EdgeDaysTest}: each is "today" in a plan on America/Bogota (UTC−5), late in the evening, when UTC and the
 * zones far east are already on the next day.
 */
public record EdgeDay(String name, LocalDate today) {

    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    public static final List<EdgeDay> ALL = List.of(
            new EdgeDay("the last day of a 30-day month", LocalDate.of(2026, 4, 30)),
            new EdgeDay("the last day of a 31-day month", LocalDate.of(2026, 8, 31)),
            new EdgeDay("31 December", LocalDate.of(2026, 12, 31)),
            new EdgeDay("1 January", LocalDate.of(2027, 1, 1)),
            new EdgeDay("28 February of a leap year", LocalDate.of(2028, 2, 28)),
            new EdgeDay("29 February", LocalDate.of(2028, 2, 29)));

    /** The JVM zones the sweeps run in: the first and last to see a date, and the zones of the other test runs. */
    public static final List<String> JVM_ZONES = List.of("Pacific/Kiritimati", "Etc/GMT+12", "UTC", "Asia/Kolkata");

    /** 23:30 in Bogota: 04:30 UTC on the next day, 18:30 on the next day at UTC+14. */
    public Instant lateEvening() {
        return today.atTime(23, 30).atZone(BOGOTA).toInstant();
    }

    /** One minute past midnight at the start of the next day in Bogota. */
    public Instant justAfterMidnight() {
        return today.plusDays(1).atTime(LocalTime.of(0, 1)).atZone(BOGOTA).toInstant();
    }

    @Override
    public String toString() {
        return name + " (" + today + ")";
    }
}
