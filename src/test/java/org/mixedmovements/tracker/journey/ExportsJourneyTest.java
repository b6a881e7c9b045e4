package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the demo state, through the real login and Spring Security: the secretariat downloads the dashboard's report and
 * workbook, and a Spanish-speaking member the meeting pack, each through its link's download request.
 */
@DemoApplicationTest
class ExportsJourneyTest {

    @LocalServerPort int port;
    @Autowired PlanService plans;

    @Test
    void theSecretariatDownloadsTheReportAndWorkbookAndAMemberTheMeetingPackInSpanish() throws Exception {
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("dashboard?plan=" + plan + "&country=CO");
            browser.waitUntilTextAppears("Report (PDF)");
            browser.screenshot("exports-dashboard");
            assertThat(browser.fetchDownload("export-pdf"))
                    .startsWith("200 | application/pdf | ").contains("LAC-2024-compliance-report-").endsWith("%PDF");
            assertThat(browser.fetchDownload("export-excel")).startsWith("200 | application/vnd.openxmlformats")
                    .contains("LAC-2024-compliance-").endsWith("PK\u0003\u0004");
            assertThat(browser.fetchDownload("export-milestones-csv")).startsWith("200 | text/csv")
                    .contains("LAC-2024-milestones-");
        }
        try (Browser browser = Browser.open(port, 1280, 900, "es-ES")) {
            browser.login("wg.ocha", "Tracker-demo-1");
            browser.go("meetings");
            browser.waitUntilTextAppears("Dossier de reunión (PDF)");
            browser.screenshot("exports-meetings-es");
            assertThat(browser.fetchDownload("meeting-pack")).startsWith("200 | application/pdf | ")
                    .contains("ALL-meeting-pack-").endsWith("%PDF");
        }
    }
}
