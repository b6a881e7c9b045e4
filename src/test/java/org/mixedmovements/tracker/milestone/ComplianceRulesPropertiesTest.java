package org.mixedmovements.tracker.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the compliance rules, checked on many generated milestones (jqwik). */
class ComplianceRulesPropertiesTest {

    static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    /** A milestone's dates and report, and a day to judge it on. */
    record Case(LocalDate start, LocalDate due, ReportedStatus reported, int progress, LocalDate completed,
                LocalDate today, int atRiskDays) {

        ComplianceStatus status() {
            return ComplianceRules.statusOf(reported, progress, start, due, completed, today, atRiskDays);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 1500);
        return Combinators.combine(day, Arbitraries.integers().between(0, 400), Arbitraries.of(ReportedStatus.class),
                        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(-30, 400), day,
                        Arbitraries.integers().between(1, 90))
                .as((start, length, reported, progress, doneAfterStart, today, window) -> {
                    LocalDate s = EPOCH.plusDays(start);
                    LocalDate completed = reported == ReportedStatus.DONE ? s.plusDays(Math.max(0, doneAfterStart)) : null;
                    return new Case(s, s.plusDays(length), reported, reported == ReportedStatus.DONE ? 100 : progress,
                            completed, EPOCH.plusDays(today), window);
                });
    }

    @Property
    void progressStaysWithinZeroAndHundred(@ForAll @Size(max = 50) List<@IntRange(min = 0, max = 100) Integer> milestones) {
        assertThat(ComplianceRules.progressOf(milestones)).isBetween(0, 100);
    }

    @Property
    void theRollUpOfOneMilestoneIsThatMilestone(@ForAll @IntRange(min = 0, max = 100) int progress) {
        assertThat(ComplianceRules.progressOf(List.of(progress))).isEqualTo(progress);
    }

    @Property
    void completingAMilestoneNeverLowersTheRecommendationsProgress(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 100) Integer> milestones,
            @ForAll @IntRange(min = 0, max = 29) int which) {
        int index = which % milestones.size();
        List<Integer> after = new ArrayList<>(milestones);
        after.set(index, 100);
        assertThat(ComplianceRules.progressOf(after)).isGreaterThanOrEqualTo(ComplianceRules.progressOf(milestones));
    }

    @Property
    void aCompletedMilestoneIsNeverOverdueOrAtRisk(@ForAll("cases") Case c) {
        if (c.reported() == ReportedStatus.DONE) {
            assertThat(c.status()).isIn(ComplianceStatus.COMPLETED_ON_TIME, ComplianceStatus.COMPLETED_LATE);
        }
    }

    @Property
    void anOpenMilestoneIsOverdueExactlyWhenTodayIsAfterItsDueDate(@ForAll("cases") Case c) {
        if (c.reported() != ReportedStatus.DONE) {
            assertThat(c.status() == ComplianceStatus.OVERDUE).isEqualTo(c.today().isAfter(c.due()));
        }
    }

    @Property
    void movingTheDueDateLaterNeverMakesAnOnTrackMilestoneOverdueOrAtRisk(@ForAll("cases") Case c,
                                                                           @ForAll @IntRange(min = 0, max = 365) int later) {
        if (c.status() == ComplianceStatus.ON_TRACK) {
            Case moved = new Case(c.start(), c.due().plusDays(later), c.reported(), c.progress(), c.completed(),
                    c.today(), c.atRiskDays());
            assertThat(moved.status()).isIn(ComplianceStatus.ON_TRACK);
        }
    }

    @Property
    void theExpectedProgressStaysWithinZeroAndHundred(@ForAll("cases") Case c) {
        assertThat(ComplianceRules.expectedProgress(c.start(), c.due(), c.today(), c.atRiskDays())).isBetween(0, 100);
    }

    @Property(tries = 200)
    void theStatusDoesNotDependOnTheServersTimeZone(@ForAll("cases") Case c,
                                                     @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay) {
        ZoneId plan = ZoneId.of("America/Bogota");
        Instant now = c.today().atStartOfDay(plan).toInstant().plusSeconds(secondOfDay);
        TimeZone server = TimeZone.getDefault();
        try {
            ComplianceStatus seen = null;
            for (String zone : List.of("UTC", "Asia/Kolkata", "Pacific/Kiritimati", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                ComplianceStatus status = ComplianceRules.statusOf(c.reported(), c.progress(), c.start(), c.due(),
                        c.completed(), ComplianceRules.today(now, plan), c.atRiskDays());
                assertThat(seen == null || seen == status).isTrue();
                seen = status;
            }
        } finally {
            TimeZone.setDefault(server);
        }
    }
}
