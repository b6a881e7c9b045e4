package org.mixedmovements.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.compliance.Dimension;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
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
    @Autowired RecommendationService recommendations;
    @Autowired ComplianceQueries queries;
    @Autowired ComplianceReadModel readModel;
    @Autowired MyTaskService tasks;
    @Autowired Fixtures fixtures;
    @Autowired ProgressReportQueries progressReports;

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
}
