package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineWindowTest {

    @Test
    void a_quarter_runs_from_its_first_to_its_last_day_and_moves_across_the_year_end() {
        TimelineWindow q4 = TimelineWindow.parse("2025-Q4").orElseThrow();
        assertThat(q4.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(q4.days()).isEqualTo(92);
        assertThat(q4.months()).containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1));
        assertThat(q4.next()).contains("2026-Q1");
        assertThat(q4.previous()).contains("2025-Q3");
    }

    @Test
    void a_year_has_twelve_months_and_its_neighbours_are_the_years_around_it() {
        TimelineWindow year = TimelineWindow.parse("2024").orElseThrow();
        assertThat(year.days()).isEqualTo(366);
        assertThat(year.months()).hasSize(12);
        assertThat(year.previous()).contains("2023");
        assertThat(year.next()).contains("2025");
    }

    @Test
    void zooming_keeps_today_when_it_is_in_the_window_and_the_first_day_otherwise() {
        TimelineWindow year = TimelineWindow.yearOf(LocalDate.of(2026, 1, 1));
        assertThat(year.periodFor(TimelineZoom.QUARTER, LocalDate.of(2026, 8, 15))).isEqualTo("2026-Q3");
        assertThat(year.periodFor(TimelineZoom.QUARTER, LocalDate.of(2030, 8, 15))).isEqualTo("2026-Q1");
        assertThat(TimelineWindow.quarterOf(LocalDate.of(2026, 5, 2)).periodFor(TimelineZoom.YEAR, LocalDate.of(2020, 1, 1)))
                .isEqualTo("2026");
        assertThat(year.periodFor(TimelineZoom.ALL, LocalDate.of(2026, 8, 15))).isEqualTo("all");
    }

    @Test
    void everything_spans_whole_months_and_does_not_move() {
        TimelineWindow all = TimelineWindow.all(LocalDate.of(2025, 3, 14), LocalDate.of(2026, 2, 3));
        assertThat(all.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(all.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(all.period()).isEqualTo("all");
        assertThat(all.previous()).isEmpty();
        assertThat(all.next()).isEmpty();
    }

    @Test
    void anything_but_a_quarter_or_a_year_is_not_a_period() {
        assertThat(TimelineWindow.parse("2025-Q5")).isEmpty();
        assertThat(TimelineWindow.parse("<script>")).isEmpty();
        assertThat(TimelineWindow.parse(null)).isEmpty();
        assertThat(TimelineWindow.parse("all")).isEmpty();
    }

    @Test
    void in_december_the_year_around_today_runs_into_next_year_so_januarys_work_is_in_view() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        TimelineWindow year = TimelineWindow.yearAround(today);
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(year.contains(today)).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(year.months()).hasSize(12);
        assertThat(year.period()).isEqualTo("2026-09..2027-08");
        assertThat(TimelineWindow.parse("2026-09..2027-08")).contains(year);
    }

    @Test
    void in_january_the_year_around_today_still_shows_the_autumn_just_past() {
        TimelineWindow year = TimelineWindow.yearAround(LocalDate.of(2027, 1, 15));
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(year.calendarYear()).isFalse();
    }

    @Test
    void twelve_months_move_by_a_year_and_a_calendar_year_keeps_its_short_name() {
        TimelineWindow year = TimelineWindow.yearAround(LocalDate.of(2026, 12, 7));
        assertThat(year.next()).contains("2027-09..2028-08");
        assertThat(year.previous()).contains("2025-09..2026-08");
        assertThat(TimelineWindow.yearAround(LocalDate.of(2026, 4, 20)).period()).isEqualTo("2026");
    }

    @Test
    void zooming_to_the_year_from_the_quarter_of_today_opens_the_year_around_today() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(TimelineWindow.quarterOf(today).periodFor(TimelineZoom.YEAR, today)).isEqualTo("2026-09..2027-08");
    }

    @Test
    void a_span_other_than_twelve_months_or_a_month_that_does_not_exist_is_not_a_period() {
        assertThat(TimelineWindow.parse("2026-09..2027-09")).isEmpty();
        assertThat(TimelineWindow.parse("2026-13..2027-12")).isEmpty();
        assertThat(TimelineWindow.parse("2026-00..2026-11")).isEmpty();
    }
}
