package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view of every role on the demo state, in English, Spanish, Portuguese (Brazil) and French: each shows its own
 * words and something of the demo state; the time each takes to show is printed (target: under a second). The English
 * tour takes the user guide's screenshots, the others those the guide shows in their language (with its tag, e.g.
 * dashboard-pt-BR), and each the phone's two.
 */
@DemoApplicationTest
class ViewsTourJourneyTest {

    /** The desktop views the user guide shows in another language than English, by language. */
    static final Map<String, Set<String>> GUIDE_SHOTS = Map.of("pt-BR", Set.of("dashboard", "my-tasks"),
            "fr", Set.of("recommendation-detail", "approvals-demo"));

    @LocalServerPort int port;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#all")
    void everyRoleSeesItsViewsFilledWithTheDemoState(String language) throws Exception {
        Texts texts = Texts.of(language);
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        Long r5 = idOf(plan, "R5");
        Long r12 = idOf(plan, "R12");
        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan);
            browser.waitUntilTextAppears(texts.get("dashboard.title"));
            browser.waitUntilTextAppears("Draft Strategy for Responding to Mixed Movements in LAC circulated");
            shot(browser, language, "dashboard");
            browser.go("timeline?plan=" + plan);
            browser.waitUntilTextAppears("R14");
            shot(browser, language, "timeline");
            browser.go("recommendations");
            // the shipped plan's titles are in the reader's language where it carries a translation (Spanish), else the
            // study's English original
            browser.waitUntilTextAppears(language.equals("es") ? "Estrategia de Respuesta a los Movimientos Mixtos en ALC"
                    : "Strategy for Responding to Mixed Movements in LAC");
            shot(browser, language, "recommendations");
            browser.go("recommendations/" + r5);
            browser.waitUntilTextAppears("Strategy endorsed by the regional directors");
            // a label and its value as the language writes them (French: a space before the colon)
            assertThat(browser.text("facts")).contains(texts.get("label.value", texts.get("recommendation.level"),
                    texts.get("level.POLITICAL_STRATEGIC")));
            assertThat(browser.drawnDiagramActiveIds("process-diagram"))
                    .as("bpmn-js, served from its npm package, draws R5's process with its running step marked (%s)",
                            browser.diagramGivenActiveIds("process-diagram"))
                    .isNotEmpty();
            shot(browser, language, "recommendation-detail");
            browser.go("meetings");
            browser.waitUntilTextAppears(texts.get("menu.meetings"));
            browser.go("approvals");
            browser.waitUntilTextAppears("R12");
            browser.logout();

            browser.login("wg.ocha", "Tracker-demo-1");
            browser.go("tasks");
            // R12's vote, scrolled to: the other journeys leave the member more votes, which push it down the list
            browser.scrollTo("task-" + r12 + "-cast_vote");
            browser.go("approvals");
            browser.waitUntilTextAppears("Guatemala: coordination table co-chaired by the State");
            shot(browser, language, "approvals-demo");
            browser.logout();

            browser.login("agency.ibchm", "Tracker-demo-1");
            browser.go("tasks");
            browser.waitUntilTextAppears("Guatemala: coordination table co-chaired by the State");
            shot(browser, language, "my-tasks");
            browser.logout();

            browser.login("admin", "Tracker-demo-1");
            browser.go("admin/users");
            browser.waitUntilTextAppears("agency.ibchm");
            shot(browser, language, "admin-users");
            browser.go("admin/working-group");
            browser.waitUntilTextAppears("RED-CLAMOR");
            browser.go("admin/plan-settings");
            browser.waitUntilTextAppears("America/Panama");
            shot(browser, language, "plan-settings");
            browser.logout();
        }
        try (Browser phone = Browser.open(port, 390, 844, texts.browserLanguage())) {
            phone.login("agency.ibchm", "Tracker-demo-1");
            phone.go("tasks");
            phone.waitUntilTextAppears("Guatemala: coordination table co-chaired by the State");
            assertThat(phone.horizontalOverflow()).as("my tasks fits a 390 px screen").isFalse();
            phone.screenshot("phone-my-tasks-" + language);
            phone.logout();
            phone.login("wg.ocha", "Tracker-demo-1");
            phone.go("approvals");
            phone.waitUntilTextAppears("R12");
            assertThat(phone.horizontalOverflow()).as("approvals fits a 390 px screen").isFalse();
            phone.screenshot("phone-approvals-" + language);
        }
    }

    @AfterAll
    static void printTimings() {
        System.out.println("Time each view took to show (navigation to rendered, no request in flight):");
        System.out.print(ViewTimings.table());
    }

    /** Every view's screenshot in English; in another language, those the guide shows, named with the language. */
    private static void shot(Browser browser, String language, String name) throws IOException {
        if (language.equals("en")) {
            browser.screenshot(name);
        } else if (GUIDE_SHOTS.getOrDefault(language, Set.of()).contains(name)) {
            browser.screenshot(name + "-" + language);
        }
    }

    private Long idOf(Long plan, String code) {
        return recommendations.list(plan).stream().filter(r -> r.code().equals(code))
                .map(RecommendationSummary::id).findFirst().orElseThrow();
    }
}
