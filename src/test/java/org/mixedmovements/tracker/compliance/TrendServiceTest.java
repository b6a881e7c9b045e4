package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's figures per day: kept hour by hour from the present state, they equal what a rebuild computes from the
 * history, day by day, through a plan's life (accepted, milestones done on time, overdue, done late, a due date
 * moved, closed as implemented).
 */
@TrackerTest
class TrendServiceTest {

    static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired TrendService trends;

    LocalDate start;
    Long recommendation;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    @Test
    void theFiguresKeptDayByDayEqualTheFiguresRebuiltFromTheHistory() {
        start = LocalDate.ofInstant(TestClock.now(), PANAMA).plusDays(1);
        List<DayFigures> keptAtTheEndOfEachDay = new ArrayList<>();
        Long plan = null;
        for (int day = 0; day <= 9; day++) {
            at(day, 9);
            trends.keep();
            at(day, 12);
            if (day == 0) {
                recommendation = fixtures.newRecommendation("Trend over days");
                plan = recommendations.summary(recommendation).planId();
                fixtures.adopt(recommendation, "R4V");
                fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("M1", "R4V", 2, false),
                        fixtures.milestone("M2", "R4V", 4, false), fixtures.milestone("M3", "R4V", 6, false));
            }
            act(day);
            at(day, 23);
            trends.keep();
            keptAtTheEndOfEachDay.add(last(trends.keptRows(plan)));
        }
        at(10, 1);
        trends.keep();

        List<DayFigures> rebuilt = trends.rebuiltRows(plan).stream().filter(d -> !d.day().isAfter(day(9))).toList();
        assertThat(rebuilt).isEqualTo(keptAtTheEndOfEachDay);
        assertThat(trends.keptRows(plan)).isEqualTo(trends.rebuiltRows(plan));
        assertThat(trends.keep()).as("a second run writes nothing").isZero();

        // what a reader of the trend sees on some days
        assertThat(figures(plan, 0)).isEqualTo(new DayFigures(day(0), 1, 0, 0, 0, 0, 0));
        assertThat(figures(plan, 2).onTimeRate()).contains(100);
        assertThat(figures(plan, 5).overdue()).as("M2, due on day 4").isEqualTo(1);
        assertThat(figures(plan, 6).planned()).as("M3's baseline was day 6, though it was moved").isEqualTo(3);
        assertThat(figures(plan, 6).overdue()).as("M3 moved to day 9").isZero();
        assertThat(figures(plan, 8).onTimeRate()).as("M1 and M3 on time, M2 late").contains(66);
        assertThat(figures(plan, 7).implementationRate()).contains(0);
        assertThat(figures(plan, 8).implementationRate()).contains(100);
    }

    @Test
    void runningTheHourlyKeepingTwiceWritesNothingTheSecondTime() {
        trends.keep();
        assertThat(trends.keep()).isZero();
    }

    private void act(int day) {
        switch (day) {
            case 1 -> report("M1", ReportedStatus.IN_PROGRESS, 50);
            case 2 -> report("M1", ReportedStatus.DONE, 100);
            case 5 -> {
                fixtures.signIn("agency.r4v");
                tasks.requestDeadlineChange(milestoneTask("M3").taskId(), day(9), "The State's counterpart changed.");
                fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
            }
            case 6 -> report("M2", ReportedStatus.DONE, 100);
            case 8 -> {
                report("M3", ReportedStatus.DONE, 100);
                tasks.finalReview(fixtures.taskOf("secretariat", recommendation, WorkItemKind.FINAL_REVIEW),
                        Closure.IMPLEMENTED, null);
            }
            default -> {
                // a day on which nobody acts: only time passes
            }
        }
    }

    private void report(String milestone, ReportedStatus status, int progress) {
        fixtures.signIn("agency.r4v");
        tasks.reportMilestone(milestoneTask(milestone).taskId(), status, progress, "Note");
    }

    private TaskCard milestoneTask(String name) {
        return tasks.myTasks().stream().filter(t -> t.kind() == WorkItemKind.WORK_ON_MILESTONE
                && t.recommendationId().equals(recommendation) && name.equals(t.milestoneName())).findFirst()
                .orElseThrow(() -> new AssertionError("no work on " + name));
    }

    private DayFigures figures(Long plan, int day) {
        Optional<DayFigures> found = trends.keptRows(plan).stream().filter(d -> d.day().equals(day(day))).findFirst();
        return found.orElseThrow(() -> new AssertionError("no figures kept for day " + day));
    }

    private LocalDate day(int day) {
        return start.plusDays(day);
    }

    private void at(int day, int hour) {
        Instant moment = day(day).atTime(LocalTime.of(hour, 30)).atZone(PANAMA).toInstant();
        TestClock.set(moment);
    }

    private static DayFigures last(List<DayFigures> rows) {
        return rows.get(rows.size() - 1);
    }
}
