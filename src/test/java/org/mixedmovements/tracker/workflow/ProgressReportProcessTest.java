package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mixedmovements.tracker.workflow.MilestoneDeadlinesTest.midnight;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.notification.InboxItem;
import org.mixedmovements.tracker.notification.InboxService;
import org.mixedmovements.tracker.notification.NotificationKind;
import org.mixedmovements.tracker.plan.ReportingPeriod;
import org.mixedmovements.tracker.progressreport.ProgressReportDraft;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.mixedmovements.tracker.progressreport.ProgressReports;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.report.PdfText;
import org.mixedmovements.tracker.task.MyTaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Quarterly progress reports on the engine's clock (plan on America/Panama, the suite's clock on 17 June 2026): the
 * second quarter ends on 30 June, so R4V, the lead, owes its report from 00:00 on 1 July, due 15 July; it is reminded
 * at 00:00 on 10 July, escalated to the secretariat at 00:00 on 23 July (the plan's 7 days after it became overdue),
 * listed as missing in the meeting pack, and closed by its submission; the third quarter is watched meanwhile.
 */
@TrackerTest
class ProgressReportProcessTest {

    static final ProgressReportDraft GOOD = new ProgressReportDraft("Focal points named in 12 of 17 countries.", 40,
            "Two national platforms have no coordinator.", "Name the last five focal points.",
            "https://example.org/r4v/focal-points");

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired ProgressReports reports;
    @Autowired ProgressReportQueries queries;
    @Autowired MeetingPackExport packs;
    @Autowired InboxService inbox;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    Long recommendation;
    Long plan;

    @BeforeEach
    void r4vLeadsARecommendationInImplementation() {
        recommendation = fixtures.newRecommendation("Progress reports");
        plan = recommendations.summary(recommendation).planId();
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v",
                fixtures.milestone("Regional focal points named", "R4V", 200, false));
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    /** The timers of the recommendation's report processes, soonest first. */
    List<Job> timers() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProgressReportProcess.PROCESS_ID)
                .variableValueEquals(RecommendationImplementationProcess.VAR_RECOMMENDATION_ID, recommendation).list()
                .stream().flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().list().stream())
                .sorted((a, b) -> a.getDuedate().compareTo(b.getDuedate())).toList();
    }

    /** Moves the engine's clock just past the soonest timer and runs it, as the job executor would; returns when it was due. */
    Instant fireNext() {
        Job job = timers().get(0);
        Instant due = job.getDuedate().toInstant();
        TestClock.set(due.plusSeconds(60));
        management.executeJob(job.getId());
        return due;
    }

    List<NotificationKind> toldTo(String username) {
        fixtures.signIn(username);
        return inbox.mine(PageRequest.of(0, 200)).stream()
                .filter(i -> recommendation.equals(i.recommendationId())).map(InboxItem::kind).toList();
    }

    String meetingPack() throws IOException {
        fixtures.signIn("secretariat");
        return PdfText.squeezed(PdfText.of(packs.meetingPack(plan, Locale.ENGLISH)));
    }

    @Test
    void aQuarterlyReportMissingAtThePeriodsEndIsRemindedThenEscalatedAndListedInTheMeetingPackUntilSubmitted()
            throws IOException {
        assertThat(fireNext()).as("owed from the day after the quarter's last day")
                .isEqualTo(midnight(LocalDate.of(2026, 7, 1)));
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT);
        ProgressReportRow owed = tasks.progressReportFor(task);
        assertThat(owed.period()).isEqualTo(ReportingPeriod.QUARTERLY);
        assertThat(owed.periodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(owed.periodEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(owed.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(owed.organisationCode()).isEqualTo("R4V");
        assertThat(toldTo("agency.r4v")).contains(NotificationKind.PROGRESS_REPORT_DUE);
        assertThat(queries.missing(plan)).as("not missing before its due date").isEmpty();

        assertThat(fireNext()).as("reminded five days before the due date")
                .isEqualTo(midnight(LocalDate.of(2026, 7, 10)));
        assertThat(toldTo("agency.r4v")).contains(NotificationKind.PROGRESS_REPORT_REMINDER);

        assertThat(fireNext()).as("escalated 7 days after it became overdue (16 July)")
                .isEqualTo(midnight(LocalDate.of(2026, 7, 23)));
        assertThat(toldTo("secretariat")).contains(NotificationKind.PROGRESS_REPORT_ESCALATED);
        assertThat(toldTo("agency.r4v")).contains(NotificationKind.PROGRESS_REPORT_ESCALATED);
        assertThat(queries.missing(plan)).singleElement().satisfies(missing -> {
            assertThat(missing.recommendationId()).isEqualTo(recommendation);
            assertThat(missing.organisationCode()).isEqualTo("R4V");
            assertThat(missing.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(missing.escalated()).isTrue();
        });
        assertThat(meetingPack()).contains(PdfText.squeezed("Progress reports missing (1)"),
                "R4V", "Q22026", "Jul15,2026");
        assertThat(timers()).as("only the third quarter's end is waited for once the report is escalated")
                .singleElement().satisfies(next -> assertThat(next.getDuedate().toInstant())
                        .isEqualTo(midnight(LocalDate.of(2026, 10, 1))));

        fixtures.signIn("agency.r4v");
        tasks.submitProgressReport(task, GOOD);

        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT)).isEmpty();
        assertThat(queries.missing(plan)).isEmpty();
        assertThat(queries.ofRecommendation(recommendation)).singleElement().satisfies(submitted -> {
            assertThat(submitted.submittedOn()).isEqualTo(LocalDate.of(2026, 7, 23));
            assertThat(submitted.submittedLate()).isTrue();
            assertThat(submitted.progress()).isEqualTo(40);
            assertThat(submitted.evidenceLink()).isEqualTo("https://example.org/r4v/focal-points");
        });
        String pack = meetingPack();
        assertThat(pack).contains(PdfText.squeezed("No progress report is missing."),
                PdfText.squeezed("Progress reports submitted since the last meeting (1)"),
                PdfText.squeezed("Focal points named in 12 of 17 countries."));
    }

    @Test
    void aReportSubmittedBeforeItsDueDateIsNeitherRemindedNorEscalated() {
        fireNext();
        fixtures.signIn("agency.r4v");
        tasks.submitProgressReport(fixtures.taskOf("agency.r4v", recommendation,
                WorkItemKind.SUBMIT_PROGRESS_REPORT), GOOD);

        assertThat(timers()).as("only the next quarter's end").hasSize(1);
        assertThat(toldTo("agency.r4v")).doesNotContain(NotificationKind.PROGRESS_REPORT_REMINDER);
        assertThat(queries.ofRecommendation(recommendation)).singleElement()
                .satisfies(r -> assertThat(r.submittedLate()).isFalse());
    }

    @Test
    void anAgencyCannotSubmitAnotherOrganisationsReport() {
        fireNext();
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT);
        Long report = tasks.progressReportFor(task).id();

        fixtures.signIn("agency.ibchm");
        assertThatThrownBy(() -> tasks.submitProgressReport(task, GOOD)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reports.submit(report, GOOD)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("progress-report.error.not-yours");
        assertThat(queries.get(report).submitted()).isFalse();
    }

    @Test
    void aReportWithoutItsNarrativeOrWithProgressOutOfRangeIsRefusedFieldByFieldAndNothingIsSaved() {
        fireNext();
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT);

        assertThatThrownBy(() -> tasks.submitProgressReport(task, new ProgressReportDraft(" ", 140, null, "",
                "ftp://example.org/x"))).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("narrative", "progress", "nextSteps", "evidenceLink"));
        assertThat(tasks.progressReportFor(task).submitted()).isFalse();
        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT)).isPresent();
    }

    @Test
    void noReportIsOwedOnARecommendationWhoseMilestonesWereAllCompletedBeforeThePeriodEnded() {
        fixtures.signIn("agency.r4v");
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Named.");

        fireNext();

        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.SUBMIT_PROGRESS_REPORT)).isEmpty();
        assertThat(queries.ofRecommendation(recommendation)).isEmpty();
        assertThat(timers()).as("the chain of periods ends with the implementation").isEmpty();
    }
}
