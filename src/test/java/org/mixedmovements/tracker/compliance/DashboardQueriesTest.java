package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The dashboard's lists and matrix give the figures the roll-ups give, for the same filter. */
@TrackerTest
class DashboardQueriesTest {

    @Autowired ApplicationContext context;
    @Autowired ComplianceQueries compliance;
    @Autowired DashboardQueries queries;
    @Autowired DashboardService dashboard;

    @AfterEach
    void putTheClockBack() {
        NationalScenario.undo(context);
    }

    @Test
    void theOverdueListCountsWhatTheRollUpsCountForEachFilterAndSaysHowLateEachMilestoneIs() {
        NationalScenario scenario = NationalScenario.build(context, "Overdue list");
        Long r4v = context.getBean(org.mixedmovements.tracker.Fixtures.class).organisation("R4V");
        for (ComplianceFilter filter : List.of(ComplianceFilter.plan(scenario.plan()),
                new ComplianceFilter(scenario.plan(), null, null, null, null, "PE"),
                new ComplianceFilter(scenario.plan(), null, null, null, null, "CO"),
                new ComplianceFilter(scenario.plan(), null, null, null, r4v, null),
                new ComplianceFilter(scenario.plan(), null, null, CoordinationLevel.OPERATIONAL, null, null))) {
            assertThat(queries.countOverdue(filter)).as(filter.toString())
                    .isEqualTo(compliance.total(filter).count(ComplianceStatus.OVERDUE));
            assertThat(queries.overdue(filter, PageRequest.of(0, 10)).getTotalElements())
                    .isEqualTo(compliance.total(filter).count(ComplianceStatus.OVERDUE));
        }
        Page<DeadlineRow> late = queries.overdue(ComplianceFilter.plan(scenario.plan()), PageRequest.of(0, 10));
        assertThat(late.getContent()).singleElement().satisfies(row -> {
            assertThat(row.milestoneName()).isEqualTo(NationalScenario.OVERDUE);
            assertThat(row.recommendationCode()).isEqualTo("T1");
            assertThat(row.ownerOrganisationCode()).isEqualTo("R4V");
            assertThat(row.countryIso2()).isEqualTo("PE");
            assertThat(row.daysLate()).isEqualTo(1);
        });
    }

    @Test
    void theComingDeadlinesHoldEveryMilestoneAtRiskAndNothingCompletedOrOverdue() {
        NationalScenario scenario = NationalScenario.build(context, "Coming deadlines");
        ComplianceFilter filter = ComplianceFilter.plan(scenario.plan());
        Page<DeadlineRow> soon = queries.dueWithin(filter, DashboardService.DUE_SOON_DAYS, PageRequest.of(0, 10));
        assertThat(soon.getContent()).extracting(DeadlineRow::milestoneName).containsExactly(NationalScenario.AT_RISK);
        assertThat(soon.getContent().get(0).daysLeft()).isEqualTo(19);
        assertThat(soon.getTotalElements()).isEqualTo(compliance.total(filter).count(ComplianceStatus.AT_RISK))
                .isEqualTo(queries.countDueWithin(filter, DashboardService.DUE_SOON_DAYS));
        assertThat(queries.countDueWithin(filter, 18)).isZero();
    }

    @Test
    void theMatrixCellsHaveTheFiguresOfTheRollUpByCountryAndTheWorstStatus() {
        NationalScenario scenario = NationalScenario.build(context, "Matrix");
        ComplianceFilter filter = ComplianceFilter.plan(scenario.plan());
        Map<String, RollUp> byCountry = compliance.rollUp(Dimension.COUNTRY, filter).stream()
                .collect(Collectors.toMap(RollUp::key, r -> r));
        Map<String, MatrixCell> cells = queries.byRecommendationAndCountry(filter).stream()
                .collect(Collectors.toMap(MatrixCell::countryIso2, c -> c));
        assertThat(cells.keySet()).isEqualTo(byCountry.keySet());
        cells.forEach((country, cell) -> {
            assertThat(cell.milestones()).isEqualTo(byCountry.get(country).milestones());
            assertThat(cell.progress()).isEqualTo(byCountry.get(country).progress());
            assertThat(cell.byStatus()).isEqualTo(byCountry.get(country).byStatus());
        });
        assertThat(cells.get("CO").worst()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(cells.get("CO").progress()).isEqualTo(50);
        assertThat(cells.get("PE").worst()).isEqualTo(ComplianceStatus.OVERDUE);

        DashboardSnapshot snapshot = dashboard.snapshot(dashboard.select(Map.of("plan", scenario.plan().toString())));
        assertThat(snapshot.total()).isEqualTo(compliance.total(filter));
        assertThat(snapshot.recommendations()).singleElement().satisfies(r -> {
            RollUp rollUp = compliance.rollUp(Dimension.RECOMMENDATION, filter).get(0);
            assertThat(r.progress()).isEqualTo(rollUp.progress()).isEqualTo(33);
            assertThat(r.milestones()).isEqualTo(rollUp.milestones());
            assertThat(r.worst()).isEqualTo(ComplianceStatus.OVERDUE);
        });
        assertThat(snapshot.matrix().countries()).containsExactly("CO", "PE");
        assertThat(snapshot.matrix().rows()).singleElement()
                .satisfies(row -> assertThat(row.cells()).containsEntry("PE", cells.get("PE")));
    }

    @Test
    void aLinkIsReadInAnyCaseAndItsUnknownValuesAreIgnoredOneByOne() {
        Long recommendation = context.getBean(org.mixedmovements.tracker.Fixtures.class).newRecommendation("Link");
        Long plan = context.getBean(org.mixedmovements.tracker.recommendation.RecommendationService.class)
                .summary(recommendation).planId();
        DashboardSelection selection = dashboard.select(Map.of("plan", plan.toString(), "theme", "testing",
                "level", "operational", "org", "r4v", "country", "pe"));
        assertThat(selection.ignored()).isEmpty();
        assertThat(selection.parameters()).containsExactly(Map.entry("plan", plan.toString()),
                Map.entry("theme", "Testing"), Map.entry("level", "OPERATIONAL"), Map.entry("org", "R4V"),
                Map.entry("country", "PE"));

        DashboardSelection wrong = dashboard.select(Map.of("plan", plan.toString(), "theme", "Nothing like it",
                "level", "galactic", "org", "NOBODY", "country", "ZZ"));
        assertThat(wrong.ignored()).extracting(DashboardSelection.Ignored::parameter)
                .containsExactlyInAnyOrder("theme", "level", "org", "country");
        assertThat(wrong.parameters()).containsOnlyKeys("plan");
        assertThat(wrong.filter()).isEqualTo(ComplianceFilter.plan(plan));

        DashboardSelection unknownPlan = dashboard.select(Map.of("plan", "no-such-plan"));
        assertThat(unknownPlan.ignored()).containsExactly(new DashboardSelection.Ignored("plan", "no-such-plan"));
        assertThat(unknownPlan.plan()).isNotNull();
    }
}
