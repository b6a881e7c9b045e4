package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two working-group members approve a milestone in the browser and the dashboard counts it as completed. The plan's
 * rule for milestones is a majority here, and two other members have already voted through the services, so the two
 * clicks are the ones that settle it.
 */
@DemoApplicationTest
class MilestoneApprovalJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired PlanDecisionRules rules;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withSpanish")
    void twoMembersApproveAMilestoneAndTheDashboardCountsItAsCompleted(String language) throws Exception {
        Texts texts = Texts.of(language);
        Long recommendation = fixtures.newRecommendation("Milestone approval journey " + language);
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        rules.set(plan, DecisionType.MILESTONE, new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 50, 10));
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Sector map published " + language, "R4V", 20, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Published: https://example.org/sector-map");
        Long decision = decisionOf("chair", recommendation);
        for (String member : List.of("chair", "wg.ifrc")) {
            tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        }
        fixtures.signOut();

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            assertThat(completed(browser)).isZero();
            browser.logout();

            for (String member : List.of("wg.unhcr", "wg.ocha")) {
                browser.login(member, "Tracker-demo-1");
                browser.go("approvals");
                browser.waitUntilTextAppears("Sector map published " + language);
                if (language.equals("en") && member.equals("wg.unhcr")) {
                    browser.screenshot("approvals");
                }
                browser.click("approve-" + decision);
                browser.logout();
            }

            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            assertThat(completed(browser)).isEqualTo(1);
            assertThat(browser.text("status-chart")).contains(texts.get("dashboard.card.COMPLETED"));
        }
    }

    private Long decisionOf(String member, Long recommendation) {
        fixtures.signIn(member);
        return tasks.myTasks().stream().filter(t -> t.recommendationId().equals(recommendation)
                && t.kind() == WorkItemKind.CAST_VOTE).map(TaskCard::decisionId).findFirst().orElseThrow();
    }

    private static long completed(Browser browser) {
        return Long.parseLong(browser.byId("chart-legend-completed-count").getText().trim());
    }
}
