package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat opens the dashboard on the demo state and, without scrolling, reads who must act now: the overdue
 * milestones with their escalation and the open votes with the members awaited, at 1280 × 900 and on a 390 px phone
 * (where the list comes before the filters); then the recommendation figures and the scorecard below.
 */
@DemoApplicationTest
class WhoMustActJourneyTest {

    @LocalServerPort int port;

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withPortuguese")
    void theSecretariatSeesWhoMustActAboveTheFoldOnADesktopAndOnAPhone(String language) throws Exception {
        Texts texts = Texts.of(language);
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            try (Browser browser = Browser.open(port, size[0], size[1], texts.browserLanguage())) {
                browser.login("secretariat", "Tracker-demo-1");
                browser.go("dashboard");
                browser.waitUntilTextAppears(texts.get("dashboard.act-now.title"));
                String where = size[0] + " px";

                assertThat(browser.text("act-now")).as(where)
                        .contains(texts.get("dashboard.act-now.escalated.ESCALATED_TO_CHAIR"),
                                texts.get("dashboard.act-now.escalated.ESCALATED_TO_SECRETARIAT"),
                                texts.get("dashboard.act-now.what.VOTE", texts.get("dashboard.act-now.subject.RESPONSE",
                                        "R6")));
                if (size[0] == 1280) {
                    // the late work (reports due, overdue milestones, each escalated) and the votes without scrolling
                    assertThat(browser.allInView("#act-now li .act-now-escalated")).as(where).isTrue();
                    assertThat(browser.allInView("#act-now li[data-kind=VOTE]")).as(where).isTrue();
                } else {
                    // on a phone the list comes first: its title and first row without scrolling
                    assertThat(browser.allInView("#act-now-title, #act-now li:first-child")).as(where).isTrue();
                    assertThat(browser.horizontalOverflow()).as("the dashboard fits a 390 px screen").isFalse();
                }
                assertThat(browser.text("recommendation-figures")).as(where)
                        .contains(texts.get("dashboard.recommendations.acceptance-rate"), "83 %");
                assertThat(browser.text("scorecard")).as(where).contains(texts.get("dashboard.scorecard.title"));
            }
        }
    }
}
