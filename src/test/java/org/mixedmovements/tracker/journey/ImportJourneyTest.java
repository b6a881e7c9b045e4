package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.ImportFiles;
import org.mixedmovements.tracker.planimport.UploadedFile;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat imports a plan from a Spanish Excel workbook in a real browser: the preview, the confirmation and
 * the link to the plan (screenshots import-preview and import-result).
 */
@DemoApplicationTest
class ImportJourneyTest {

    @LocalServerPort int port;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired Fixtures fixtures;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeAvailable();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theSecretariatImportsAWorkbookAfterItsPreview() throws Exception {
        String code = ImportFiles.newPlanCode();
        UploadedFile workbook = ImportFiles.spanishWorkbook(code, fixtures.todayInPanama().plusDays(30));
        Path file = Files.createTempDirectory("import").resolve("plan-" + code + ".xlsx");
        Files.write(file, workbook.content());

        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.login("secretariat", "Tracker-demo-1");
            browser.go("admin/import");
            browser.upload("import-upload", file);
            browser.waitUntilTextAppears("Files: plan-" + code + ".xlsx");
            browser.click("import-check");
            browser.waitUntilTextAppears("will be created");
            browser.screenshot("import-preview");
            browser.click("import-confirm");
            browser.waitUntilTextAppears("The plan " + code + " was created.");
            browser.screenshot("import-result");
            browser.click("import-plan-link");
            browser.waitForPath("dashboard");
        }

        Long planId = plans.findByCode(code).orElseThrow().getId();
        assertThat(recommendations.list(planId)).hasSize(2);
    }
}
