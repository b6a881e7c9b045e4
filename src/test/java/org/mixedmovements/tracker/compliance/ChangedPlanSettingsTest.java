package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.plan.DeadlineSettings;
import org.mixedmovements.tracker.plan.PlanSettingsService;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan settings page promises that compliance statuses follow a change at once: the read model proves it. */
@TrackerTest
class ChangedPlanSettingsTest {

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired ComplianceQueries compliance;
    @Autowired ComplianceReadModel readModel;
    @Autowired PlanSettingsService settings;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aNarrowerAtRiskWindowTakesAMilestoneOutOfAtRiskOnTheDashboardAtOnce() {
        Long recommendation = fixtures.newRecommendation("At-risk window");
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.adopt(recommendation, "R4V");
        Set<Long> others = readModel.keptRows().keySet();
        // started 10 days ago, due in 20, nothing done: a third of the time has gone, so at risk within 30 days
        MilestoneDraft d = fixtures.milestone("Mapping of actors", "R4V", 20, false);
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(new MilestoneDraft(d.name(), d.ownerOrganisationId(), null,
                        fixtures.todayInPanama().minusDays(10), d.dueDate(), false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(compliance.total(ComplianceFilter.plan(plan)).count(ComplianceStatus.AT_RISK)).isEqualTo(1);

        fixtures.signIn("secretariat");
        settings.change(plan, new DeadlineSettings("America/Panama", 14, 10, 7, 21));

        assertThat(compliance.total(ComplianceFilter.plan(plan)).count(ComplianceStatus.AT_RISK)).isZero();
        assertThat(compliance.total(ComplianceFilter.plan(plan)).count(ComplianceStatus.ON_TRACK)).isEqualTo(1);
        // the kept row is what a rebuild would write now (other tests' rows may be evaluated on their own clocks)
        Map<Long, String> expected = new TreeMap<>(readModel.expectedRows());
        expected.keySet().removeAll(others);
        assertThat(expected).hasSize(1);
        assertThat(readModel.keptRows()).containsAllEntriesOf(expected);
    }
}
