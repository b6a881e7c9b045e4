package org.mixedmovements.tracker.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The period in which a vote or an objection is open, in calendar days of the plan's time zone: opened on a day, it
 * runs for that day and the period's days after it, and closes at 00:00 of the next day. A period of 10 days opened on
 * 1 March closes at 00:00 on 12 March; its last day is 11 March. Members who have not acted are reminded at
 * {@link #REMINDER_TIME} on the morning when the plan's reminder days are left, the last day counting: with 3, on
 * 9 March. Pure functions: callers pass the moments, so the server's zone never changes a result.
 */
public final class DecisionPeriod {

    /** The time of day, in the plan's zone, at which a reminder before closing goes out. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private DecisionPeriod() {
    }

    /** When a period opened at {@code opened} closes: 00:00, in the plan's zone, after its last day. */
    public static Instant closesAt(Instant opened, int periodDays, ZoneId planZone) {
        return LocalDate.ofInstant(opened, planZone).plusDays(periodDays + 1L).atStartOfDay(planZone).toInstant();
    }

    /** The last day on which a member can still vote or object, in the plan's zone. */
    public static LocalDate lastDay(Instant closesAt, ZoneId planZone) {
        return LocalDate.ofInstant(closesAt, planZone).minusDays(1);
    }

    /** Days from today (plan's zone) to the last day; 0 on the last day and after it. */
    public static long daysLeft(Instant now, Instant closesAt, ZoneId planZone) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(now, planZone), lastDay(closesAt, planZone)));
    }

    /**
     * When the members who have not acted are reminded: at 08:00 (plan's zone) on the day when {@code reminderDays}
     * days are left, the last day counting. Empty when there is no reminder: none asked for (0 days), or that moment
     * is not after the opening (a period shorter than the reminder: the members were just told).
     */
    public static Optional<Instant> reminderAt(Instant opened, Instant closesAt, int reminderDays, ZoneId planZone) {
        if (reminderDays <= 0) {
            return Optional.empty();
        }
        Instant at = lastDay(closesAt, planZone).minusDays(reminderDays - 1L).atTime(REMINDER_TIME).atZone(planZone)
                .toInstant();
        return at.isAfter(opened) && at.isBefore(closesAt) ? Optional.of(at) : Optional.empty();
    }
}
