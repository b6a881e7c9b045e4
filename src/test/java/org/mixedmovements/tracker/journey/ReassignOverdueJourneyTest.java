package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat finds the demo state's overdue Colombia milestone on the dashboard, opens its recommendation and
 * gives the milestone to another owner with a reason, which the recommendation's history then shows.
 */
@DemoApplicationTest
class ReassignOverdueJourneyTest {

    static final String MILESTONE = "Colombia: national roll-out plan agreed with Migración Colombia";

    @LocalServerPort int port;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withFrench")
    void theSecretariatFindsAnOverdueMilestoneOpensItAndReassignsIt(String language) throws Exception {
        Texts texts = Texts.of(language);
        String reason = "No State counterpart answers yet; the platform takes it over (" + language + ").";
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        MilestoneRow colombia = colombia(plan);
        // another owner than the milestone has now, whichever languages ran before
        String newOwner = "R4V".equals(colombia.ownerCode()) ? "IOM" : "R4V";

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            browser.waitUntilTextAppears(MILESTONE);
            browser.clickText("#overdue-grid a", MILESTONE);
            browser.waitForPath("recommendations/");
            // R14's title, in Spanish as the shipped plan translates it, else the study's English original
            browser.waitUntilTextAppears(language.equals("es") ? "Apropiación de la respuesta por los Estados"
                    : "State ownership of the response");
            assertThat(browser.currentPath()).isEqualTo("recommendations/" + colombia.recommendationId());
            browser.click("reassign-" + colombia.id());
            browser.waitForPath("milestones");
            browser.waitUntilTextAppears(MILESTONE);
            browser.clickLast("#milestone-grid vaadin-checkbox");
            browser.click("reassign-owner");
            browser.choose("new-owner", newOwner);
            browser.type("reassign-reason", reason);
            if (language.equals("en")) {
                browser.screenshot("reassign-milestone");
            }
            browser.click("confirm-reassign");
            browser.go("recommendations/" + colombia.recommendationId());
            browser.waitUntilTextAppears(reason);
        }

        assertThat(colombia(plan).ownerCode()).isEqualTo(newOwner);
    }

    private MilestoneRow colombia(Long plan) {
        Long r14 = recommendations.list(plan).stream().filter(r -> r.code().equals("R14"))
                .map(RecommendationSummary::id).findFirst().orElseThrow();
        return recommendations.details(r14).milestones().stream().filter(m -> m.name().equals(MILESTONE))
                .findFirst().orElseThrow();
    }
}
