package org.mixedmovements.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reporting periods are calendar months, quarters and halves, whatever day of them is asked about. */
class ReportingPeriodTest {

    static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);

    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThirdMonth() {
        assertThat(ReportingPeriod.QUARTERLY.startOf(LEAP_DAY)).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(ReportingPeriod.QUARTERLY.endOf(LEAP_DAY)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(ReportingPeriod.QUARTERLY.endOf(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportingPeriod.QUARTERLY.numberOf(LocalDate.of(2026, 10, 1))).isEqualTo(4);
    }

    @Test
    void aMonthEndsOnItsLastDayAndAHalfYearInJuneOrDecember() {
        assertThat(ReportingPeriod.MONTHLY.endOf(LEAP_DAY)).isEqualTo(LEAP_DAY);
        assertThat(ReportingPeriod.MONTHLY.numberOf(LEAP_DAY.withDayOfMonth(1))).isEqualTo(2);
        assertThat(ReportingPeriod.HALF_YEARLY.startOf(LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportingPeriod.HALF_YEARLY.endOf(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportingPeriod.HALF_YEARLY.numberOf(LocalDate.of(2026, 7, 1))).isEqualTo(2);
    }

    @Test
    void theDayAfterAPeriodEndsStartsTheNextOne() {
        for (ReportingPeriod period : ReportingPeriod.values()) {
            LocalDate end = period.endOf(LocalDate.of(2026, 11, 20));
            assertThat(period.startOf(end.plusDays(1))).isEqualTo(end.plusDays(1));
        }
    }
}
