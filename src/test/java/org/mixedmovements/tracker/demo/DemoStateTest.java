package org.mixedmovements.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.compliance.ActNowQueries;
import org.mixedmovements.tracker.compliance.ActNowRow;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.compliance.Dimension;
import org.mixedmovements.tracker.compliance.Implementation;
import org.mixedmovements.tracker.compliance.PlanTrend;
import org.mixedmovements.tracker.compliance.RecommendationFigures;
import org.mixedmovements.tracker.compliance.ScorecardQueries;
import org.mixedmovements.tracker.compliance.ScorecardRow;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.ProcessRun;
import org.mixedmovements.tracker.recommendation.ProcessRunLine;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's state of work: what a first visitor sees, and that it is the same after a rebuild. */
@DemoApplicationTest
class DemoStateTest {

    @Autowired PlanService plans;
    @Autowired org.mixedmovements.tracker.publication.PublicQueries publicPage;
    @Autowired RecommendationService recommendations;
    @Autowired ComplianceQueries queries;
    @Autowired ComplianceReadModel readModel;
    @Autowired MyTaskService tasks;
    @Autowired TrendService trends;
    @Autowired Fixtures fixtures;
    @Autowired ProgressReportQueries progressReports;
    @Autowired DashboardService dashboard;
    @Autowired ScorecardQueries scorecards;
    @Autowired ActNowQueries actNow;
    @Autowired RecommendationDetailService details;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    Long plan() {
        return plans.findByCode(DemoState.PLAN).orElseThrow().getId();
    }

    Map<String, RecommendationStatus> statuses() {
        return recommendations.list(plan()).stream().collect(java.util.stream.Collectors.toMap(
                RecommendationSummary::code, RecommendationSummary::status));
    }

    @Test
    void theShippedPlanShowsMilestonesDoneOnTimeDoneLateOverdueAndAtRisk() {
        RollUp total = queries.total(ComplianceFilter.plan(plan()));
        assertThat(total.count(ComplianceStatus.COMPLETED_ON_TIME)).isEqualTo(2);
        assertThat(total.count(ComplianceStatus.COMPLETED_LATE)).isEqualTo(1);
        assertThat(total.count(ComplianceStatus.OVERDUE)).isEqualTo(2);
        assertThat(total.count(ComplianceStatus.AT_RISK)).isEqualTo(2);
        assertThat(total.onTimeRate()).isEqualTo(66);
    }

    @Test
    void theLeadsHaveSubmittedQuarterlyReportsWhileIomsReportsOnTheStrategyAreMissingAndEscalated() {
        Map<String, Long> ids = recommendations.list(plan()).stream().collect(java.util.stream.Collectors.toMap(
                RecommendationSummary::code, RecommendationSummary::id));
        assertThat(progressReports.missing(plan())).isNotEmpty().allSatisfy(missing -> {
            assertThat(missing.recommendationCode()).isEqualTo("R5");
            assertThat(missing.organisationCode()).isEqualTo("IOM");
            assertThat(missing.escalated()).isTrue();
        });
        for (String code : List.of("R2", "R14")) {
            assertThat(progressReports.ofRecommendation(ids.get(code))).as(code).isNotEmpty()
                    .allSatisfy(report -> assertThat(report.submitted()).isTrue());
        }
    }

    @Test
    void recommendationsStandAtEveryStageOfTheirFollowUp() {
        assertThat(statuses()).containsEntry("R2", RecommendationStatus.IN_IMPLEMENTATION)
                .containsEntry("R3", RecommendationStatus.NOT_ACCEPTED)
                .containsEntry("R5", RecommendationStatus.IN_IMPLEMENTATION)
                .containsEntry("R6", RecommendationStatus.ON_AGENDA)
                .containsEntry("R8", RecommendationStatus.PLANNING)
                .containsEntry("R12", RecommendationStatus.PLAN_SUBMITTED)
                .containsEntry("R14", RecommendationStatus.IN_IMPLEMENTATION)
                .containsEntry("R1", RecommendationStatus.NEW);
    }

    /**
     * The replay starts each recommendation's process and the decision it calls at one stopped instant; the page of a
     * recommendation still opens on its own process, where it stands now (R5: its milestones' follow-up running).
     */
    @Test
    void eachRecommendationsPageOpensOnItsOwnRunningProcess() {
        fixtures.signIn("secretariat");
        for (RecommendationSummary r : recommendations.list(plan())) {
            List<ProcessRunLine> runs = details.processRuns(r.id());
            if (runs.isEmpty()) {
                continue;
            }
            assertThat(runs.get(0).kind()).as("the first run offered for %s", r.code())
                    .isEqualTo(ProcessRun.Kind.RECOMMENDATION);
            if (r.code().equals("R5")) {
                assertThat(details.diagram(r.id(), runs.get(0).id(), java.util.Locale.ENGLISH).orElseThrow().activeActivityIds())
                        .as("R5's running steps").isNotEmpty();
            }
        }
    }

    @Test
    void theNationalRollOutRunsInThreeCountries() {
        List<RollUp> byCountry = queries.rollUp(Dimension.COUNTRY, ComplianceFilter.plan(plan()));
        assertThat(byCountry).extracting(RollUp::key).contains("CO", "PE", "GT", "REGIONAL");
        assertThat(byCountry).filteredOn(r -> r.key().equals("CO")).singleElement()
                .satisfies(co -> assertThat(co.count(ComplianceStatus.OVERDUE)).isEqualTo(1));
    }

    @Test
    void aWorkingGroupMemberFindsOpenVotesAndAPendingDeadlineChange() {
        fixtures.signIn("wg.ocha");
        List<TaskCard> mine = tasks.myTasks();
        Map<String, Long> codes = Map.of("R6", 1L, "R12", 1L);
        codes.forEach((code, count) -> assertThat(mine).filteredOn(t -> t.recommendationCode().equals(code)
                && t.kind() == WorkItemKind.CAST_VOTE).hasSize(count.intValue()));
        assertThat(mine).anyMatch(t -> t.recommendationCode().equals("R14") && t.kind() == WorkItemKind.CAST_VOTE);
        assertThat(mine).anyMatch(t -> t.recommendationCode().equals("R14")
                && t.kind() == WorkItemKind.CONSIDER_OBJECTION);
    }

    @Test
    void theFiguresOfTheDemoStateAreTheSameAfterARebuild() {
        ComplianceFilter filter = ComplianceFilter.plan(plan());
        RollUp before = queries.total(filter);
        List<RollUp> byRecommendation = queries.rollUp(Dimension.RECOMMENDATION, filter);
        List<RollUp> byOrganisation = queries.rollUp(Dimension.ORGANISATION, filter);
        Map<Long, String> rows = readModel.keptRows();

        readModel.rebuild();

        assertThat(readModel.keptRows()).isEqualTo(rows);
        assertThat(queries.total(filter)).isEqualTo(before);
        assertThat(queries.rollUp(Dimension.RECOMMENDATION, filter)).isEqualTo(byRecommendation);
        assertThat(queries.rollUp(Dimension.ORGANISATION, filter)).isEqualTo(byOrganisation);
    }

    @Test
    void whoMustActNowSaysWhichOverdueWorkWasEscalatedAndToWhom() {
        fixtures.signIn("secretariat");
        List<ActNowRow> overdue = actNow.forPlan(plan()).rows().stream()
                .filter(r -> r.kind() == ActNowRow.Kind.OVERDUE).toList();

        assertThat(overdue).extracting(ActNowRow::recommendationCode, ActNowRow::escalation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R14", DeadlineEventKind.ESCALATED_TO_CHAIR),
                org.assertj.core.groups.Tuple.tuple("R5", DeadlineEventKind.ESCALATED_TO_SECRETARIAT));
    }

    @Test
    void theDashboardCountsTheRecommendationsAsAHandCountDoes() {
        // docs/compliance.md, "Recommendation figures": R2, R3, R5, R8, R12 and R14 answered, R3 not accepted;
        // R2, R5 and R14 in implementation, R8 and R12 without an approved plan; nothing closed yet
        RecommendationFigures figures = dashboard.snapshot(dashboard.select(Map.of("plan", DemoState.PLAN)))
                .recommendationFigures();

        assertThat(figures.total().responded()).isEqualTo(6);
        assertThat(figures.total().accepted()).isEqualTo(5);
        assertThat(figures.acceptanceRate()).contains(83);
        assertThat(figures.byImplementation()).containsEntry(Implementation.IN_PROGRESS, 3L)
                .containsEntry(Implementation.NOT_STARTED, 2L).containsEntry(Implementation.IMPLEMENTED, 0L);
        assertThat(figures.implementationRate()).contains(0);
    }

    @Test
    void theSecretariatSeesEveryOrganisationsScorecardAndAnAgencyOnlyItsOwn() {
        fixtures.signIn("secretariat");
        List<ScorecardRow> all = scorecards.of(dashboard.select(Map.of("plan", DemoState.PLAN)));
        // docs/compliance.md, "Organisation scorecard": OCHA owns R2's three milestones, one completed on time, one
        // late and one on track, and has not voted on R6's response, R12's plan and R14's request for more time
        assertThat(all).filteredOn(r -> r.code().equals("OCHA")).singleElement().satisfies(ocha -> {
            assertThat(ocha.milestones()).isEqualTo(3);
            assertThat(ocha.count(ComplianceStatus.COMPLETED_ON_TIME)).isEqualTo(1);
            assertThat(ocha.count(ComplianceStatus.COMPLETED_LATE)).isEqualTo(1);
            assertThat(ocha.onTimeRate()).isEqualTo(50);
            assertThat(ocha.votesNotCast()).isEqualTo(3);
            assertThat(ocha.reportsMissing()).as("OCHA reports on R2 every quarter").isZero();
        });
        assertThat(all).filteredOn(r -> r.code().equals("IOM")).singleElement()
                .satisfies(iom -> assertThat(iom.reportsMissing()).as("IOM's reports on R5").isPositive());
        // the three open votes await 5, 4 and 6 member organisations
        assertThat(all.stream().mapToLong(ScorecardRow::votesNotCast).sum()).isEqualTo(15);
        assertThat(all).extracting(ScorecardRow::code).contains("IOM", "MIGRACION-CO", "IBC-HM", "R4V", "RED-CLAMOR");

        fixtures.signIn("agency.ibchm");
        assertThat(scorecards.of(dashboard.select(Map.of("plan", DemoState.PLAN))))
                .extracting(ScorecardRow::code).containsExactly("IBC-HM");
    }

    @Test
    void theTrendShowsTheDemosSevenMonthsOfWorkAndIsTheSameAfterARebuild() {
        PlanTrend trend = trends.trend(plans.findByCode(DemoState.PLAN).orElseThrow());
        assertThat(trend.days()).as("about seven months, day by day").hasSizeGreaterThan(183);
        assertThat(trend.days().get(0).day()).isBeforeOrEqualTo(trend.today().minusMonths(6));
        DayFigures today = trend.latest().orElseThrow();
        assertThat(today.day()).isEqualTo(trend.today());
        // R2, R5, R8, R14 and R12 accepted, none implemented yet; R6's vote is open
        assertThat(today.accepted()).isEqualTo(5);
        assertThat(today.implementationRate()).contains(0);
        assertThat(trend.days().get(0).accepted()).as("before the group's first vote").isZero();

        trends.keep();
        List<DayFigures> kept = trends.keptRows(plan());
        assertThat(kept).isEqualTo(trends.rebuiltRows(plan()));
        trends.rebuild();
        assertThat(trends.keptRows(plan())).isEqualTo(kept);
    }

    @Test
    void theDemoPlansPublicPageShowsR2R5AndR14Only() {
        assertThat(publicPage.plans()).extracting(org.mixedmovements.tracker.publication.PublicPlan.Line::code)
                .contains("LAC-2024");
        assertThat(publicPage.plan("LAC-2024").orElseThrow().recommendations())
                .extracting(org.mixedmovements.tracker.publication.PublicPlan.Recommendation::code)
                .containsExactly("R2", "R5", "R14");
    }
}
