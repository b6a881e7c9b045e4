package org.mixedmovements.tracker.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The no-objection rule's period, in calendar days of the plan's time zone: opened on a day, it runs for that day and
 * the period's days after it, and closes at 00:00 of the next day. A period of 10 days opened on 1 March closes at
 * 00:00 on 12 March; its last day is 11 March. Pure functions: callers pass the moments, so the server's zone never
 * changes a result.
 */
public final class NoObjectionPeriod {

    private NoObjectionPeriod() {
    }

    /** When a period opened at {@code opened} closes: 00:00, in the plan's zone, after its last day. */
    public static Instant closesAt(Instant opened, int periodDays, ZoneId planZone) {
        return LocalDate.ofInstant(opened, planZone).plusDays(periodDays + 1L).atStartOfDay(planZone).toInstant();
    }

    /** The last day on which a member can still object, in the plan's zone. */
    public static LocalDate lastDay(Instant closesAt, ZoneId planZone) {
        return LocalDate.ofInstant(closesAt, planZone).minusDays(1);
    }

    /** Days from today (plan's zone) to the last day; 0 on the last day and after it. */
    public static long daysLeft(Instant now, Instant closesAt, ZoneId planZone) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(now, planZone), lastDay(closesAt, planZone)));
    }
}
