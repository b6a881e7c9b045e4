package org.mixedmovements.tracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A decision's period: its closing moment, last day and reminder, in the plan's time zone (docs/process-model.md). */
class DecisionPeriodTest {

    private static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Test
    void a_ten_day_period_opened_on_1_march_closes_at_midnight_after_11_march_in_the_plans_zone() {
        Instant opened = Instant.parse("2027-03-01T14:00:00Z");
        Instant closes = DecisionPeriod.closesAt(opened, 10, PANAMA);
        assertThat(closes).isEqualTo(Instant.parse("2027-03-12T05:00:00Z"));
        assertThat(DecisionPeriod.lastDay(closes, PANAMA)).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void the_days_left_count_down_to_zero_on_the_last_day_and_stay_there() {
        Instant closes = Instant.parse("2027-03-12T05:00:00Z");
        assertThat(DecisionPeriod.daysLeft(Instant.parse("2027-03-01T14:00:00Z"), closes, PANAMA)).isEqualTo(10);
        assertThat(DecisionPeriod.daysLeft(Instant.parse("2027-03-11T20:00:00Z"), closes, PANAMA)).isZero();
        assertThat(DecisionPeriod.daysLeft(Instant.parse("2027-03-20T20:00:00Z"), closes, PANAMA)).isZero();
    }

    @Test
    void the_opening_day_is_the_plans_day_not_the_servers() {
        // 03:00 UTC on 2 March is still 1 March in Panama: the period counts from 1 March
        Instant opened = Instant.parse("2027-03-02T03:00:00Z");
        assertThat(DecisionPeriod.lastDay(DecisionPeriod.closesAt(opened, 10, PANAMA), PANAMA))
                .isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void members_are_reminded_at_eight_in_the_morning_when_three_days_are_left_the_last_day_counting() {
        Instant opened = Instant.parse("2027-03-01T14:00:00Z");
        Instant closes = DecisionPeriod.closesAt(opened, 10, PANAMA);
        // last day 11 March: 9, 10 and 11 March are left; 08:00 in Panama is 13:00 UTC
        assertThat(DecisionPeriod.reminderAt(opened, closes, 3, PANAMA))
                .contains(Instant.parse("2027-03-09T13:00:00Z"));
    }

    @Test
    void there_is_no_reminder_when_none_is_asked_for_or_the_period_is_shorter_than_the_reminder() {
        Instant opened = Instant.parse("2027-03-01T14:00:00Z");
        assertThat(DecisionPeriod.reminderAt(opened, DecisionPeriod.closesAt(opened, 10, PANAMA), 0, PANAMA)).isEmpty();
        // a 2-day period opened at 14:00 runs 1 to 3 March: the reminder would be due at 08:00 on 1 March, before it
        // opened, and the members were just told
        assertThat(DecisionPeriod.reminderAt(opened, DecisionPeriod.closesAt(opened, 2, PANAMA), 3, PANAMA)).isEmpty();
        // a 3-day period (1 to 4 March) reminds on 2 March
        assertThat(DecisionPeriod.reminderAt(opened, DecisionPeriod.closesAt(opened, 3, PANAMA), 3, PANAMA))
                .contains(Instant.parse("2027-03-02T13:00:00Z"));
    }

    @Test
    void a_reminder_before_a_change_of_clocks_keeps_eight_in_the_morning_of_the_plans_zone() {
        ZoneId santiago = ZoneId.of("America/Santiago");
        // Chile leaves summer time on the first Sunday of April 2027 (4 April)
        Instant opened = Instant.parse("2027-03-25T15:00:00Z");
        Instant closes = DecisionPeriod.closesAt(opened, 14, santiago);
        Instant reminder = DecisionPeriod.reminderAt(opened, closes, 3, santiago).orElseThrow();
        assertThat(reminder.atZone(santiago).toLocalTime()).isEqualTo(DecisionPeriod.REMINDER_TIME);
        assertThat(reminder.atZone(santiago).toLocalDate()).isEqualTo(LocalDate.of(2027, 4, 6));
    }
}
