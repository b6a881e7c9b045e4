package org.mixedmovements.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mixedmovements.tracker.EdgeDay.BOGOTA;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.NewToken;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.api.TokenUser;
import org.mixedmovements.tracker.api.calendar.CalendarFeedService;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.Timeline;
import org.mixedmovements.tracker.compliance.TimelineQueries;
import org.mixedmovements.tracker.compliance.TimelineRequest;
import org.mixedmovements.tracker.compliance.TimelineWindow;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The date-sensitive views and services on each edge day ({@link EdgeDay}), with the application's clock set to 23:30
 * in a plan on America/Bogota and then to one minute past its midnight, through the real services and database: the
 * dashboard's overdue list and "next 30 days", the compliance status, the overdue timer's moment, the timeline's today
 * line and window, the calendar feed's dates and the no-objection period's last day. The JVM's zone is the test run's
 * (Asia/Kolkata on H2, Pacific/Kiritimati on PostgreSQL, see pom.xml); {@code EdgeDaysRulesTest} covers the others.
 */
@TrackerTest
class EdgeDaysTest {

    static final List<EdgeDay> EDGE_DAYS = EdgeDay.ALL;

    @Autowired Fixtures fixtures;
    @Autowired MyTaskService tasks;
    @Autowired RecommendationService recommendations;
    @Autowired ComplianceReadModel readModel;
    @Autowired DashboardService dashboard;
    @Autowired TimelineQueries timelines;
    @Autowired MilestoneDeadlines deadlines;
    @Autowired WorkingGroupDecisions decisions;
    @Autowired ApiTokenService tokens;
    @Autowired CalendarFeedService calendar;

    /** Milestones this test evaluated at its edge days, to evaluate again at the suite's own date afterwards. */
    final List<Long> evaluatedAtEdges = new java.util.ArrayList<>();

    @AfterEach
    void evaluateAgainAtTheSuitesDate() {
        // rows evaluated at a later date than the suite's are not re-evaluated by it: bring them back to today
        TestClock.reset();
        evaluatedAtEdges.forEach(readModel::refresh);
        fixtures.signOut();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EDGE_DAYS")
    void deadlines_and_lists_turn_at_midnight_in_the_plans_zone(EdgeDay day) {
        LocalDate today = day.today();
        // the plan is drafted and approved forty days before, so every due date lies ahead then
        TestClock.set(today.minusDays(40).atTime(10, 0).atZone(BOGOTA).toInstant());
        Long recommendation = fixtures.newRecommendation("Edge " + day, BOGOTA);
        fixtures.adopt(recommendation, "R4V");
        Long r4v = fixtures.organisation("R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), List.of(
                new MilestoneDraft("Due yesterday", r4v, null, null, today.minusDays(1), false),
                new MilestoneDraft("Due today", r4v, null, null, today, false),
                new MilestoneDraft("Evidence due in five days", r4v, null, null, today.plusDays(5), true),
                new MilestoneDraft("Due in thirty days", r4v, null, null, today.plusDays(30), false),
                new MilestoneDraft("Due in thirty-one days", r4v, null, null, today.plusDays(31), false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        Map<String, MilestoneRow> byName = recommendations.details(recommendation).milestones().stream()
                .collect(Collectors.toMap(MilestoneRow::name, Function.identity()));
        Long planId = recommendations.summary(recommendation).planId();
        byName.values().forEach(m -> evaluatedAtEdges.add(m.id()));

        TestClock.set(day.lateEvening());
        byName.values().forEach(m -> readModel.refresh(m.id()));
        fixtures.signIn("secretariat");
        assertThat(overdue(planId)).extracting(DeadlineRow::milestoneName, DeadlineRow::daysLate)
                .containsExactly(tuple("Due yesterday", 1L));
        assertThat(dueSoon(planId)).extracting(DeadlineRow::milestoneName)
                .containsExactly("Due today", "Evidence due in five days", "Due in thirty days");
        assertThat(deadlines.overdueAt(byName.get("Due today").id()).toInstant())
                .isEqualTo(today.plusDays(1).atStartOfDay(BOGOTA).toInstant());

        Timeline timeline = timelines.timeline(new TimelineRequest(planId, null, null, null, 0));
        assertThat(timeline.today()).isEqualTo(today);
        assertThat(timeline.window()).isEqualTo(TimelineWindow.yearAround(today));
        assertThat(timeline.showsToday()).isTrue();

        assertThat(feedOfR4v()).contains("DTSTART;VALUE=DATE:" + basic(today) + "\r\n")
                .contains("DTEND;VALUE=DATE:" + basic(today.plusDays(1)) + "\r\n")
                .contains("DTSTART;VALUE=DATE:" + basic(today.plusDays(31)) + "\r\n");

        // the evidence reported late in the evening opens a no-objection period counted from today
        tasks.reportMilestone(workOn(recommendation, byName.get("Evidence due in five days")), ReportedStatus.DONE,
                100, "Published");
        DecisionSummary objection = decisions.ofRecommendation(recommendation).stream()
                .filter(d -> d.type() == DecisionType.MILESTONE).reduce((a, b) -> b).orElseThrow();
        assertThat(objection.lastDay()).isEqualTo(today.plusDays(10));

        TestClock.set(day.justAfterMidnight());
        byName.values().forEach(m -> readModel.refresh(m.id()));
        fixtures.signIn("secretariat");
        assertThat(overdue(planId)).extracting(DeadlineRow::milestoneName, DeadlineRow::daysLate).containsExactly(
                tuple("Due yesterday", 2L), tuple("Due today", 1L));
        assertThat(recommendations.details(recommendation).milestones().stream()
                .filter(m -> m.name().equals("Due today")).findFirst().orElseThrow().compliance())
                .isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(dueSoon(planId)).extracting(DeadlineRow::milestoneName)
                .containsExactly("Evidence due in five days", "Due in thirty days", "Due in thirty-one days");
        assertThat(timelines.timeline(new TimelineRequest(planId, null, null, null, 0)).today())
                .isEqualTo(today.plusDays(1));
    }

    private List<DeadlineRow> overdue(Long planId) {
        return dashboard.overdue(ComplianceFilter.plan(planId), PageRequest.of(0, 50)).getContent();
    }

    private List<DeadlineRow> dueSoon(Long planId) {
        return dashboard.dueSoon(ComplianceFilter.plan(planId), PageRequest.of(0, 50)).getContent();
    }

    private String workOn(Long recommendation, MilestoneRow milestone) {
        fixtures.signIn("agency.r4v");
        return tasks.myTasks().stream().filter(t -> t.recommendationId().equals(recommendation)
                        && t.kind() == WorkItemKind.WORK_ON_MILESTONE && milestone.id().equals(t.milestoneId()))
                .findFirst().orElseThrow().taskId();
    }

    /** R4V's organisation feed, read as a calendar client would, then the token revoked. */
    private String feedOfR4v() {
        fixtures.signIn("agency.r4v");
        NewToken token = tokens.create(TokenKind.CALENDAR_ORGANISATION, "Edge days");
        try {
            TokenUser feed = tokens.authenticate(token.secret(), Set.of(TokenKind.CALENDAR_ORGANISATION)).orElseThrow();
            return calendar.ics(feed, "https://tracker.example.org");
        } finally {
            fixtures.signIn("agency.r4v");
            tokens.revoke(token.token().id());
        }
    }

    private static String basic(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
