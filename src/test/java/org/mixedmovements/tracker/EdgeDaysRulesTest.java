package org.mixedmovements.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixedmovements.tracker.EdgeDay.BOGOTA;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.compliance.TimelineWindow;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.DeadlineCalendar;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workinggroup.DecisionPeriod;

/**
 * The date rules on the edge days ({@link EdgeDay}), for a plan on America/Bogota, with the JVM's default zone set to
 * each of {@link EdgeDay#JVM_ZONES} in turn: overdue from 00:00 in the plan's zone, the at-risk window, the reminder and
 * escalation moments, the no-objection period and the timeline's windows. The same facts hold in every JVM zone, and
 * agree with docs/compliance.md.
 */
class EdgeDaysRulesTest {

    private static final DeadlineCalendar DEFAULTS = new DeadlineCalendar(BOGOTA, 14, 7, 21);

    static Stream<Arguments> edgeDaysInEveryJvmZone() {
        return EdgeDay.ALL.stream().flatMap(day -> EdgeDay.JVM_ZONES.stream().map(zone -> Arguments.of(day, zone)));
    }

    private static void inJvmZone(String zone, Runnable check) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            check.run();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static ComplianceStatus open(LocalDate start, LocalDate due, int progress, Instant now) {
        return ComplianceRules.statusOf(ReportedStatus.IN_PROGRESS, progress, start, due, null,
                ComplianceRules.today(now, BOGOTA), 30);
    }

    @ParameterizedTest(name = "{0}, JVM in {1}")
    @MethodSource("edgeDaysInEveryJvmZone")
    void a_milestone_due_today_is_on_time_until_midnight_in_the_plans_zone_and_overdue_one_minute_after(
            EdgeDay day, String jvmZone) {
        inJvmZone(jvmZone, () -> {
            LocalDate today = day.today();
            LocalDate start = today.minusDays(60);
            assertThat(ComplianceRules.today(day.lateEvening(), BOGOTA)).isEqualTo(today);
            assertThat(open(start, today, 100, day.lateEvening())).isEqualTo(ComplianceStatus.ON_TRACK);
            assertThat(open(start, today.minusDays(1), 100, day.lateEvening())).isEqualTo(ComplianceStatus.OVERDUE);
            assertThat(open(start, today, 100, day.justAfterMidnight())).isEqualTo(ComplianceStatus.OVERDUE);
            assertThat(ComplianceRules.daysLate(today, ComplianceRules.today(day.justAfterMidnight(), BOGOTA)))
                    .isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}, JVM in {1}")
    @MethodSource("edgeDaysInEveryJvmZone")
    void the_at_risk_window_holds_the_due_date_thirty_days_ahead_and_not_thirty_one(EdgeDay day, String jvmZone) {
        inJvmZone(jvmZone, () -> {
            LocalDate today = day.today();
            LocalDate start = today.minusDays(60);
            assertThat(open(start, today.plusDays(30), 0, day.lateEvening())).isEqualTo(ComplianceStatus.AT_RISK);
            assertThat(open(start, today.plusDays(31), 0, day.lateEvening())).isEqualTo(ComplianceStatus.ON_TRACK);
            // one minute later the next day has come, and the due date 31 days from the evening enters the window
            assertThat(open(start, today.plusDays(31), 0, day.justAfterMidnight())).isEqualTo(ComplianceStatus.AT_RISK);
        });
    }

    @ParameterizedTest(name = "{0}, JVM in {1}")
    @MethodSource("edgeDaysInEveryJvmZone")
    void reminders_overdue_marks_and_escalations_fall_at_midnight_in_the_plans_zone(EdgeDay day, String jvmZone) {
        inJvmZone(jvmZone, () -> {
            LocalDate today = day.today();
            Instant midnightAfter = today.plusDays(1).atStartOfDay(BOGOTA).toInstant();
            assertThat(midnightAfter).isEqualTo(today.plusDays(1).atTime(5, 0).toInstant(java.time.ZoneOffset.UTC));
            assertThat(DEFAULTS.overdueAt(today)).isEqualTo(midnightAfter);
            assertThat(DEFAULTS.reminderAt(today.plusDays(15))).isEqualTo(midnightAfter);
            assertThat(DEFAULTS.secretariatEscalationAt(today.minusDays(7))).isEqualTo(midnightAfter);
            assertThat(DEFAULTS.chairEscalationAt(today.minusDays(21))).isEqualTo(midnightAfter);
            assertThat(day.lateEvening()).isBefore(midnightAfter);
            assertThat(day.justAfterMidnight()).isAfter(midnightAfter);
        });
    }

    @ParameterizedTest(name = "{0}, JVM in {1}")
    @MethodSource("edgeDaysInEveryJvmZone")
    void a_no_objection_period_opened_late_in_the_evening_counts_its_days_from_that_day(EdgeDay day, String jvmZone) {
        inJvmZone(jvmZone, () -> {
            Instant closes = DecisionPeriod.closesAt(day.lateEvening(), 10, BOGOTA);
            assertThat(closes).isEqualTo(day.today().plusDays(11).atStartOfDay(BOGOTA).toInstant());
            assertThat(DecisionPeriod.lastDay(closes, BOGOTA)).isEqualTo(day.today().plusDays(10));
            assertThat(DecisionPeriod.daysLeft(day.lateEvening(), closes, BOGOTA)).isEqualTo(10);
            assertThat(DecisionPeriod.daysLeft(day.justAfterMidnight(), closes, BOGOTA)).isEqualTo(9);
        });
    }

    @ParameterizedTest(name = "{0}, JVM in {1}")
    @MethodSource("edgeDaysInEveryJvmZone")
    void the_timelines_year_and_quarter_hold_today_and_count_every_day_of_them(EdgeDay day, String jvmZone) {
        inJvmZone(jvmZone, () -> {
            LocalDate today = day.today();
            TimelineWindow year = TimelineWindow.yearOf(today);
            assertThat(year.from()).isEqualTo(LocalDate.of(today.getYear(), 1, 1));
            assertThat(year.to()).isEqualTo(LocalDate.of(today.getYear(), 12, 31));
            assertThat(year.days()).isEqualTo(today.lengthOfYear());
            assertThat(year.contains(today)).isTrue();
            assertThat(year.offset(today)).isEqualTo(today.getDayOfYear() - 1L);
            assertThat(year.months()).hasSize(12);
            // the timeline's default: twelve months around today, so next month's work is in view on 31 December too
            TimelineWindow around = TimelineWindow.yearAround(today);
            assertThat(around.contains(today)).isTrue();
            assertThat(around.contains(today.plusMonths(1))).isTrue();
            assertThat(around.months()).hasSize(12);
            TimelineWindow quarter = TimelineWindow.quarterOf(today);
            assertThat(quarter.contains(today)).isTrue();
            assertThat(quarter.days()).isEqualTo(ChronoUnit.DAYS.between(quarter.from(), quarter.to()) + 1);
            assertThat(quarter.months()).hasSize(3);
            // the next quarter starts the day after this one ends, across a year's end too
            assertThat(quarter.next()).contains(TimelineWindow.quarterOf(quarter.to().plusDays(1)).period());
            assertThat(year.next()).contains(String.valueOf(today.getYear() + 1));
        });
    }

    @ParameterizedTest(name = "JVM in {0}")
    @MethodSource("jvmZones")
    void the_worked_time_zone_example_of_the_compliance_rules_holds_in_every_jvm_zone(String jvmZone) {
        inJvmZone(jvmZone, () -> {
            // docs/compliance.md: due 31 March, plan on Bogota; 04:00 UTC on 1 April is 23:00 on 31 March there
            LocalDate due = LocalDate.of(2025, 3, 31);
            LocalDate start = LocalDate.of(2025, 1, 1);
            assertThat(open(start, due, 100, Instant.parse("2025-04-01T04:00:00Z"))).isEqualTo(ComplianceStatus.ON_TRACK);
            assertThat(open(start, due, 100, Instant.parse("2025-04-01T05:01:00Z"))).isEqualTo(ComplianceStatus.OVERDUE);
        });
    }

    static Stream<String> jvmZones() {
        return EdgeDay.JVM_ZONES.stream();
    }
}
