package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first slice clicked through in a real browser: the secretariat adopts R2 and names R4V as lead, R4V's focal
 * point drafts the plan, a working-group member approves it, and the dashboard counts the new milestone.
 */
@TrackerTest
class FirstSliceJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void aRecommendationIsAdoptedPlannedApprovedAndCountedOnTheDashboard() throws Exception {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.login("secretariat", "Tracker-demo-1");
            assertThat(browser.text("status-cards")).contains("On track");
            long before = Long.parseLong(browser.byId("card-not-due-yet").getText().split("\\R")[0].trim())
                    + Long.parseLong(browser.byId("card-on-track").getText().split("\\R")[0].trim())
                    + Long.parseLong(browser.byId("card-at-risk").getText().split("\\R")[0].trim());
            browser.screenshot("dashboard");

            browser.go("recommendations");
            browser.screenshot("recommendations");
            browser.clickText("vaadin-grid-cell-content", "Working Group for the timetable");
            browser.waitUntilTextAppears("A specific Working Group should establish the timetable");
            browser.click("adopt");
            browser.choose("lead-organisation", "R4V");
            browser.click("confirm-adopt");
            assertThat(browser.text("lead")).contains("R4V");
            browser.screenshot("recommendation-detail");
            browser.logout();

            browser.login("agency.r4v", "Tracker-demo-1");
            browser.waitUntilTextAppears("Draft implementation plan");
            browser.screenshot("my-tasks");
            browser.clickText("vaadin-button", "Draft plan");
            browser.type("milestone-name", "Terms of reference of the Working Group agreed");
            browser.choose("milestone-owner", "R4V");
            browser.type("milestone-due", fixtures.todayInPanama().plusDays(90).format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
            browser.click("add-milestone");
            browser.waitUntilTextAppears("Terms of reference of the Working Group agreed");
            browser.screenshot("draft-plan");
            browser.click("submit-plan");
            browser.waitUntilTextAppears("submitted to the working group");
            browser.logout();

            browser.login("wg.unhcr", "Tracker-demo-1");
            browser.waitUntilTextAppears("Approve implementation plan");
            browser.clickText("vaadin-button", "Decide");
            browser.waitUntilTextAppears("Terms of reference of the Working Group agreed");
            browser.screenshot("decide-plan");
            browser.click("approve-plan");
            browser.waitUntilTextAppears("approved");
            browser.logout();

            browser.login("secretariat", "Tracker-demo-1");
            long after = Long.parseLong(browser.byId("card-not-due-yet").getText().split("\\R")[0].trim())
                    + Long.parseLong(browser.byId("card-on-track").getText().split("\\R")[0].trim())
                    + Long.parseLong(browser.byId("card-at-risk").getText().split("\\R")[0].trim());
            assertThat(after).isEqualTo(before + 1);
            browser.screenshot("dashboard-after-approval");
        }
    }
}
