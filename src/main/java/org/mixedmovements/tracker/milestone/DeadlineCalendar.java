package org.mixedmovements.tracker.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a milestone's reminder, overdue mark and escalations fall due: each at 00:00, in the plan's time zone, of a day
 * counted from the current due date (docs/process-model.md). Pure functions of the due date and the plan's settings.
 *
 * @param reminderDays    days before the due date
 * @param secretariatDays days after the milestone became overdue (the day after its due date)
 * @param chairDays       days after the milestone became overdue
 */
public record DeadlineCalendar(ZoneId zone, int reminderDays, int secretariatDays, int chairDays) {

    public Instant reminderAt(LocalDate due) {
        return startOf(due.minusDays(reminderDays));
    }

    /** 00:00 of the day after the due date: from then on the milestone is overdue. */
    public Instant overdueAt(LocalDate due) {
        return startOf(due.plusDays(1));
    }

    public Instant secretariatEscalationAt(LocalDate due) {
        return startOf(due.plusDays(1L + secretariatDays));
    }

    public Instant chairEscalationAt(LocalDate due) {
        return startOf(due.plusDays(1L + chairDays));
    }

    /** The first moment of the day in the plan's zone (not always 00:00 where a clock change skips midnight). */
    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
