package org.mixedmovements.tracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The no-objection period's closing moment and last day, in the plan's time zone (docs/process-model.md). */
class NoObjectionPeriodTest {

    private static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Test
    void a_ten_day_period_opened_on_1_march_closes_at_midnight_after_11_march_in_the_plans_zone() {
        Instant opened = Instant.parse("2027-03-01T14:00:00Z");
        Instant closes = NoObjectionPeriod.closesAt(opened, 10, PANAMA);
        assertThat(closes).isEqualTo(Instant.parse("2027-03-12T05:00:00Z"));
        assertThat(NoObjectionPeriod.lastDay(closes, PANAMA)).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void the_days_left_count_down_to_zero_on_the_last_day_and_stay_there() {
        Instant closes = Instant.parse("2027-03-12T05:00:00Z");
        assertThat(NoObjectionPeriod.daysLeft(Instant.parse("2027-03-01T14:00:00Z"), closes, PANAMA)).isEqualTo(10);
        assertThat(NoObjectionPeriod.daysLeft(Instant.parse("2027-03-11T20:00:00Z"), closes, PANAMA)).isZero();
        assertThat(NoObjectionPeriod.daysLeft(Instant.parse("2027-03-20T20:00:00Z"), closes, PANAMA)).isZero();
    }

    @Test
    void the_opening_day_is_the_plans_day_not_the_servers() {
        // 03:00 UTC on 2 March is still 1 March in Panama: the period counts from 1 March
        Instant opened = Instant.parse("2027-03-02T03:00:00Z");
        assertThat(NoObjectionPeriod.lastDay(NoObjectionPeriod.closesAt(opened, 10, PANAMA), PANAMA))
                .isEqualTo(LocalDate.of(2027, 3, 11));
    }
}
