package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The roll-up worked example of docs/compliance.md, through the read model: a national recommendation in Colombia and
 * Peru, one milestone completed on time, one at risk, one overdue.
 */
@TrackerTest
class ComplianceRollUpTest {

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired ComplianceQueries compliance;
    @Autowired ComplianceReadModel readModel;
    @Autowired DashboardService dashboard;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    MilestoneDraft in(String country, String name, int dueInDays) {
        MilestoneDraft d = fixtures.milestone(name, "R4V", dueInDays, false);
        return new MilestoneDraft(d.name(), d.ownerOrganisationId(), country, null, d.dueDate(), false);
    }

    @Test
    void figuresRollUpByCountryWithProgressOnTimeRateAndTheOverdueListFirst() {
        Long recommendation = fixtures.newRecommendation("Roll-up", "NATIONAL", "CO;PE");
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(in("CO", "Colombia: national table set up", 10), in("CO", "Colombia: plan adopted", 40),
                        in("PE", "Peru: plan adopted", 20)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        // Colombia's first milestone is done today, on time
        String firstColombian = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        tasks.reportMilestone(firstColombian, ReportedStatus.DONE, 100, null);
        // 21 days later Peru's milestone (due day 20) is overdue, Colombia's second (due day 40, 0 % done) at risk
        TestClock.advance(Duration.ofDays(21));
        readModel.reevaluate();

        Map<String, RollUp> byCountry = compliance.rollUp(Dimension.COUNTRY, ComplianceFilter.plan(plan)).stream()
                .collect(Collectors.toMap(RollUp::key, r -> r));
        RollUp colombia = byCountry.get("CO");
        assertThat(colombia.milestones()).isEqualTo(2);
        assertThat(colombia.count(ComplianceStatus.COMPLETED_ON_TIME)).isEqualTo(1);
        assertThat(colombia.count(ComplianceStatus.AT_RISK)).isEqualTo(1);
        assertThat(colombia.progress()).isEqualTo(50);
        assertThat(colombia.onTimeRate()).isEqualTo(100);
        RollUp peru = byCountry.get("PE");
        assertThat(peru.count(ComplianceStatus.OVERDUE)).isEqualTo(1);
        assertThat(peru.onTimeRate()).isNull();

        RollUp all = compliance.total(ComplianceFilter.plan(plan));
        assertThat(all.milestones()).isEqualTo(3);
        assertThat(all.progress()).isEqualTo(33);

        Page<MilestoneComplianceView> first = compliance.milestones(ComplianceFilter.plan(plan), PageRequest.of(0, 2));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).hasSize(2);
        assertThat(first.getContent().get(0).complianceStatus()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(first.getContent().get(0).countryIso2()).isEqualTo("PE");

        // the dashboard shows the same figures, before and after a rebuild
        var before = dashboard.figures(plan);
        assertThat(before.count(ComplianceStatus.OVERDUE)).isEqualTo(1);
        assertThat(before.planProgress()).isEqualTo(all.progress());
        readModel.rebuild();
        assertThat(dashboard.figures(plan)).isEqualTo(before);
        assertThat(recommendations.details(recommendation).milestones()).extracting(MilestoneRow::compliance)
                .containsExactlyInAnyOrder(ComplianceStatus.COMPLETED_ON_TIME, ComplianceStatus.AT_RISK,
                        ComplianceStatus.OVERDUE);
    }
}
