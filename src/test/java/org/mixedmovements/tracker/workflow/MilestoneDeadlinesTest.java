package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.TestClock;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadline process on the engine's clock: a milestone due in 20 days, with the default periods, is reminded 14 days
 * before, overdue from 00:00 (America/Panama) the day after, escalated to the secretariat 7 days later and to the
 * chair 21 days later; an approved new date moves every step; completion stops them all.
 */
@TrackerTest
class MilestoneDeadlinesTest {

    static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired MilestoneDeadlines deadlines;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    Long recommendation;
    MilestoneRow milestone;

    @BeforeEach
    void aMilestoneDueInTwentyDaysIsInForce() {
        recommendation = fixtures.newRecommendation("Deadlines");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Regional focal points named", "R4V", 20, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        milestone = recommendations.details(recommendation).milestones().get(0);
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    static Instant midnight(LocalDate day) {
        return day.atStartOfDay(PANAMA).toInstant();
    }

    Job timer() {
        ProcessInstance watch = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MilestoneDeadlinesProcess.PROCESS_ID)
                .variableValueEquals(MilestoneFollowUpProcess.VAR_MILESTONE_ID, milestone.id())
                .singleResult();
        return watch == null ? null : management.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    }

    /** Moves the engine's clock just past the timer and runs it, as the job executor would. */
    Instant fire() {
        Job job = timer();
        Instant due = job.getDuedate().toInstant();
        TestClock.set(due.plusSeconds(60));
        management.executeJob(job.getId());
        return due;
    }

    List<DeadlineEventKind> events() {
        return deadlines.eventsOf(milestone.id()).stream().map(MilestoneDeadlines.Event::kind).toList();
    }

    @Test
    void reminderOverdueAndBothEscalationsFallAtTheDocumentedTimesInThePlansZoneExactlyOnce() {
        LocalDate due = milestone.currentDue();
        assertThat(fire()).isEqualTo(midnight(due.minusDays(14)));
        assertThat(events()).containsExactly(DeadlineEventKind.REMINDER);
        assertThat(fire()).isEqualTo(midnight(due.plusDays(1)));
        assertThat(fire()).isEqualTo(midnight(due.plusDays(8)));
        assertThat(fire()).isEqualTo(midnight(due.plusDays(22)));
        assertThat(events()).containsExactly(DeadlineEventKind.REMINDER, DeadlineEventKind.OVERDUE,
                DeadlineEventKind.ESCALATED_TO_SECRETARIAT, DeadlineEventKind.ESCALATED_TO_CHAIR);
        assertThat(timer()).isNull();
        // a retried step records nothing twice
        assertThat(deadlines.record(milestone.id(), DeadlineEventKind.OVERDUE)).isFalse();
    }

    @Test
    void anApprovedNewDateMovesTheRemainingStepsAndKeepsTheBaseline() {
        LocalDate due = milestone.currentDue();
        fire();
        LocalDate later = due.plusDays(30);
        tasks.requestDeadlineChange(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                later, "The regional meeting moved to next month");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        MilestoneRow moved = recommendations.details(recommendation).milestones().get(0);
        assertThat(moved.currentDue()).isEqualTo(later);
        assertThat(moved.baselineDue()).isEqualTo(due);
        assertThat(moved.slippageDays()).isEqualTo(30);
        assertThat(timer().getDuedate().toInstant()).isEqualTo(midnight(later.minusDays(14)));
        assertThat(fire()).isEqualTo(midnight(later.minusDays(14)));
        assertThat(timer().getDuedate().toInstant()).isEqualTo(midnight(later.plusDays(1)));
        assertThat(deadlines.eventsOf(milestone.id())).extracting(MilestoneDeadlines.Event::dueDate)
                .containsExactly(due, later);
    }

    @Test
    void aRefusedNewDateKeepsTheDueDate() {
        LocalDate due = milestone.currentDue();
        tasks.requestDeadlineChange(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                due.plusDays(10), "Need more time");
        fixtures.everyMemberVotes(recommendation, VoteChoice.REJECT);
        assertThat(recommendations.details(recommendation).milestones().get(0).currentDue()).isEqualTo(due);
        assertThat(timer().getDuedate().toInstant()).isEqualTo(midnight(due.minusDays(14)));
    }

    @Test
    void completingTheMilestoneStopsEveryDeadlineStep() {
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        assertThat(timer()).isNull();
        assertThat(events()).isEmpty();
    }
}
