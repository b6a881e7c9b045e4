package org.mixedmovements.tracker.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * When a milestone's reminder, overdue mark and escalations fall due: the worked example of docs/process-model.md,
 * a milestone due 31 March 2027 on America/Panama with the default periods (14, 7 and 21 days).
 */
class DeadlineCalendarTest {

    private static final ZoneId PANAMA = ZoneId.of("America/Panama");
    private static final DeadlineCalendar DEFAULTS = new DeadlineCalendar(PANAMA, 14, 7, 21);
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Test
    void the_reminder_falls_at_midnight_fourteen_days_before_the_due_date() {
        assertThat(DEFAULTS.reminderAt(DUE)).isEqualTo(Instant.parse("2027-03-17T05:00:00Z"));
    }

    @Test
    void the_milestone_is_overdue_from_midnight_after_its_due_date() {
        assertThat(DEFAULTS.overdueAt(DUE)).isEqualTo(Instant.parse("2027-04-01T05:00:00Z"));
    }

    @Test
    void the_escalations_count_their_days_from_the_first_overdue_day() {
        assertThat(DEFAULTS.secretariatEscalationAt(DUE)).isEqualTo(Instant.parse("2027-04-08T05:00:00Z"));
        assertThat(DEFAULTS.chairEscalationAt(DUE)).isEqualTo(Instant.parse("2027-04-22T05:00:00Z"));
    }

    @Test
    void where_a_clock_change_skips_midnight_the_step_falls_at_the_first_moment_of_the_day() {
        // Santiago de Chile moved its clocks from 00:00 to 01:00 on 8 September 2024
        DeadlineCalendar santiago = new DeadlineCalendar(ZoneId.of("America/Santiago"), 14, 7, 21);
        assertThat(santiago.overdueAt(LocalDate.of(2024, 9, 7))).isEqualTo(Instant.parse("2024-09-08T04:00:00Z"));
    }
}
