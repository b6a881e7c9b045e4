package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting from scheduling to minutes, clicked through: the secretariat schedules it on a plan of its own, adds an
 * item to the agenda, records who attended (UNHCR) and the outcome, gives R4V and UNHCR an action point each and closes the
 * meeting; the minutes are offered on its page, and R4V's focal point finds its action point in My tasks and marks it
 * done. In English and Spanish (all four languages with -Dtracker.journeys.languages=all); the English run
 * takes the user guide's screenshots.
 */
@DemoApplicationTest
class MeetingJourneyTest {

    /** The agenda item, its outcome and the two action points, as the secretariat writes them in each language. */
    static final Map<String, String[]> TYPED = Map.of(
            "en", new String[] {"Funding of the regional plan", "Agreed to seek funds.", "Submit a funding proposal",
                    "Convene the donors"},
            "es", new String[] {"Financiación del plan regional", "Se acuerda buscar fondos.",
                    "Presentar una propuesta de fondos", "Convocar a los donantes"},
            "pt-BR", new String[] {"Financiamento do plano regional", "Acorda-se buscar recursos.",
                    "Apresentar uma proposta de financiamento", "Convocar os doadores"},
            "fr", new String[] {"Financement du plan régional", "Il est convenu de chercher des fonds.",
                    "Soumettre une proposition de financement", "Réunir les bailleurs de fonds"});

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired PlanService plans;
    @Autowired java.time.Clock clock;

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withSpanish")
    void theSecretariatSchedulesAMeetingRecordsItAndCirculatesTheMinutesWithTwoActionPoints(String language)
            throws Exception {
        Texts texts = Texts.of(language);
        var plan = plans.get(recommendations.summary(fixtures.newRecommendation("Meeting journey " + language)).planId());
        DateTimeFormatter dates = texts.dates();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Panama")));
        // what the secretariat types, in its own language
        String[] typed = TYPED.get(language);
        String item = typed[0];
        String outcome = typed[1];
        String first = typed[2];
        String second = typed[3];
        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("meetings");
            browser.click("schedule-meeting");
            browser.selectItem("schedule-plan", plan.getCode() + " · " + plan.getTitle());
            browser.type("schedule-date", today.format(dates));
            browser.type("schedule-time", "10:00");
            browser.type("schedule-title", "Working group " + plan.getCode());
            browser.type("schedule-place", "https://call.example.org/wg");
            if (language.equals("en")) {
                browser.screenshot("meeting-schedule");
            }
            browser.click("save-schedule");
            browser.waitForPath("meetings/");
            browser.waitUntilTextAppears(texts.get("meetings.agenda"));

            browser.type("new-agenda-item", item);
            browser.click("add-agenda-item");
            browser.waitUntilTextAppears(item);
            int position = browser.all(".agenda-item").size();
            browser.tick("meeting-attendance", "UNHCR");
            browser.click("save-attendance");
            browser.waitUntilTextAppears(texts.get("meetings.attendance.saved"));

            browser.click("record-item-" + position);
            browser.type("item-outcome", outcome);
            browser.click("save-item-outcome");
            browser.waitUntilTextAppears(outcome);
            for (String[] action : new String[][] {{first, "R4V", "10"}, {second, "UNHCR", "20"}}) {
                browser.click("add-action-" + position);
                browser.type("action-text", action[0]);
                browser.choose("action-owner", action[1]);
                browser.type("action-due", today.plusDays(Long.parseLong(action[2])).format(dates));
                browser.click("save-action");
                browser.waitUntilTextAppears(action[0]);
            }
            if (language.equals("en")) {
                browser.screenshot("meeting-agenda");
            }
            browser.click("close-meeting");
            browser.waitUntilTextAppears(texts.get("meetings.state.CLOSED"));
            assertThat(browser.text("meeting-minutes-pdf")).contains(texts.get("meetings.minutes.pdf"));
            assertThat(browser.text("meeting-agenda")).contains(item, first, second, "R4V", "UNHCR");
            assertThat(browser.text("meeting-participants")).contains("UNHCR");
            if (language.equals("en")) {
                browser.screenshot("meeting-minutes");
            }
            browser.logout();

            browser.login("agency.r4v", "Tracker-demo-1");
            browser.go("tasks");
            browser.waitUntilTextAppears(first);
            assertThat(browser.text("owed-work")).contains(texts.get("mytasks.action-points"), first)
                    .doesNotContain(second);
            browser.all("#owed-work .owed-work-item").stream().filter(row -> row.getText().contains(first))
                    .findFirst().orElseThrow().findElement(org.openqa.selenium.By.cssSelector("vaadin-button")).click();
            browser.waitUntilTextAppears(texts.get("mytasks.action-point.marked", first));
        }
    }
}
