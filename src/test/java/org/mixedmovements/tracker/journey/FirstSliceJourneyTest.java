package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A recommendation's way from the agenda to an approved plan, clicked through in a real browser: the secretariat puts it
 * on the agenda and proposes to accept it, the members approve, the secretariat names R4V as lead, R4V's focal point
 * drafts the plan, the members approve it, and the dashboard counts the new milestone.
 * Runs first (its screenshots go into the user guide) and on a plan of its own.
 */
@DemoApplicationTest
@Order(1)
class FirstSliceJourneyTest {

    static final String TITLE = "Working Group for the timetable and follow-up";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;

    @Test
    void aRecommendationIsAdoptedPlannedApprovedAndCountedOnTheDashboard() throws Exception {
        Long recommendation = fixtures.newRecommendation(TITLE);
        Long plan = recommendations.summary(recommendation).planId();
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            assertThat(browser.text("status-chart")).contains("On track");
            long before = Long.parseLong(browser.byId("chart-legend-not-due-yet-count").getText().trim())
                    + Long.parseLong(browser.byId("chart-legend-on-track-count").getText().trim())
                    + Long.parseLong(browser.byId("chart-legend-at-risk-count").getText().trim());

            browser.go("recommendations");

            browser.go("recommendations/" + recommendation);
            browser.waitUntilTextAppears("The words of the study for " + TITLE);
            browser.click("put-on-agenda");
            browser.go("tasks");
            browser.click("open-" + recommendation + "-propose_response");
            browser.selectItem("response", "Accepted");
            browser.type("target-period", "2026-H1");
            browser.screenshot("propose-response");
            browser.click("propose-response");
            browser.waitUntilTextAppears("put to the working group");
            browser.logout();

            everyMemberApproves(browser, recommendation, TITLE, null);

            browser.login("secretariat", "Tracker-demo-1");
            browser.go("tasks");
            browser.click("open-" + recommendation + "-name_lead");
            browser.choose("lead-organisation", "R4V");
            browser.click("confirm-lead");
            browser.go("recommendations/" + recommendation);
            assertThat(browser.text("lead")).contains("R4V");
            browser.screenshot("recommendation-adopted");
            browser.logout();

            browser.login("agency.r4v", "Tracker-demo-1");
            browser.waitUntilTextAppears("Draft the implementation plan");
            browser.screenshot("draft-plan-task");
            browser.click("open-" + recommendation + "-draft_plan");
            browser.type("milestone-name", "Terms of reference of the Working Group agreed");
            browser.choose("milestone-owner", "R4V");
            browser.type("milestone-due", fixtures.todayInPanama().plusDays(90).format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
            browser.click("add-milestone");
            browser.waitUntilTextAppears("Terms of reference of the Working Group agreed");
            browser.screenshot("draft-plan");
            browser.click("submit-plan");
            browser.waitUntilTextAppears("submitted to the working group");
            browser.logout();

            everyMemberApproves(browser, recommendation, "Terms of reference of the Working Group agreed", "decide-plan");

            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            long after = Long.parseLong(browser.byId("chart-legend-not-due-yet-count").getText().trim())
                    + Long.parseLong(browser.byId("chart-legend-on-track-count").getText().trim())
                    + Long.parseLong(browser.byId("chart-legend-at-risk-count").getText().trim());
            assertThat(after).isEqualTo(before + 1);
            browser.screenshot("dashboard-after-approval");
        }
    }

    /** Each demo member signs in, opens its vote on the recommendation, checks what it decides on and approves. */
    private static void everyMemberApproves(Browser browser, Long recommendation, String shownText, String screenshot)
            throws IOException {
        for (String member : Fixtures.MEMBERS) {
            browser.login(member, "Tracker-demo-1");
            browser.open("open-" + recommendation + "-cast_vote", "approve-decision");
            browser.waitUntilTextAppears(shownText);
            if (screenshot != null && member.equals("wg.unhcr")) {
                browser.screenshot(screenshot);
            }
            browser.click("approve-decision");
            browser.waitUntilTextAppears("is recorded");
            browser.logout();
        }
    }
}
