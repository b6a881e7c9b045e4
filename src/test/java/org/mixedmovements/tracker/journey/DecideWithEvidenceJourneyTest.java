package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 23's two journeys in the browser: a lead's plan with an empty milestone cannot be submitted and the reason sits
 * under the field, not in a toast over the form; a member opens the PDF evidence of a milestone reported done from the
 * approval card and the browser shows it in a tab of its own.
 */
@DemoApplicationTest
class DecideWithEvidenceJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MyTaskService tasks;
    @Autowired EvidenceService evidence;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withFrench")
    void anEmptyMilestoneIsRefusedUnderItsFieldAndAMemberReadsThePdfEvidenceInline(String language) throws Exception {
        Texts texts = Texts.of(language);
        Long recommendation = fixtures.newRecommendation("Evidence journey " + language);
        fixtures.adopt(recommendation, "R4V");

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("agency.r4v", "Tracker-demo-1");
            browser.go("tasks");
            browser.open("open-" + recommendation + "-draft_plan", "add-milestone");
            browser.click("add-milestone");
            WebElement name = browser.byId("milestone-name");
            assertThat(name.getAttribute("invalid")).isNotNull();
            assertThat(name.findElement(By.cssSelector("[slot=error-message]")).getText())
                    .isEqualTo(texts.get("validation.required"));
            browser.click("submit-plan");
            assertThat(browser.text("draft-problems")).isNotBlank();
            assertThat(browser.all("vaadin-notification-card")).as("no toast over the form").isEmpty();
            if (language.equals("en")) {
                browser.screenshot("plan-draft-empty-row");
            }
        }

        fixtures.planInForce(recommendation, "agency.r4v",
                fixtures.milestone("Protection monitoring report " + language, "R4V", 30, true));
        String work = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        Long milestone = tasks.myTasks().stream().filter(t -> t.taskId().equals(work)).map(TaskCard::milestoneId)
                .findFirst().orElseThrow();
        EvidenceItem pdf = evidence.addFile(milestone, "monitoring-" + language + ".pdf", "application/pdf",
                "%PDF-1.4\n% protection monitoring report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), null);
        tasks.reportMilestone(work, ReportedStatus.DONE, 100, "Report published with the sector");
        fixtures.signIn("wg.unhcr");
        Long decision = tasks.myTasks().stream().filter(t -> t.recommendationId().equals(recommendation)
                        && t.decisionId() != null).map(TaskCard::decisionId).findFirst().orElseThrow();
        fixtures.signOut();

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("wg.unhcr", "Tracker-demo-1");
            // the link a notification gives: the decision's card first
            browser.go("approvals/" + decision);
            String link = "evidence-" + pdf.id();
            browser.waitUntilTextAppears("monitoring-" + language + ".pdf");
            if (language.equals("en")) {
                browser.screenshot("approval-card-evidence");
            }
            assertThat(browser.fetchDownload(link)).startsWith("200 | application/pdf | inline").endsWith("%PDF");
            Set<String> before = browser.windows();
            browser.click(link);
            String pdfTab = browser.newWindow(before);
            assertThat(browser.contentTypeOf(pdfTab)).as("shown by the browser, not downloaded")
                    .isEqualTo("application/pdf");
        }
    }
}
