package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R4V's focal point, on a phone, updates its Peru milestone of the demo state: progress and a note, and a PDF as
 * evidence; the milestone shows the new figures and the file is stored with it.
 */
@DemoApplicationTest
class AgencyUpdateJourneyTest {

    static final String MILESTONE = "Peru: transition roadmap towards national ownership";

    /** The progress each language's run reports, a new figure each time. */
    static final java.util.Map<String, Integer> PROGRESS = java.util.Map.of("en", 45, "es", 55, "pt-BR", 60, "fr", 70);

    @LocalServerPort int port;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired EvidenceService evidence;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withPortuguese")
    void anAgencyFocalPointUpdatesItsTaskAndUploadsEvidenceFromAPhone(String language) throws Exception {
        Texts texts = Texts.of(language);
        int progress = PROGRESS.get(language);
        MilestoneRow milestone = peruRoadmap();
        String fileName = "roadmap-workshop-" + language + ".pdf";
        Path pdf = Files.createTempDirectory("evidence").resolve(fileName);
        Files.write(pdf, "%PDF-1.4\n% roadmap workshop report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        try (Browser phone = Browser.open(port, 390, 844, texts.browserLanguage())) {
            phone.login("agency.r4v", "Tracker-demo-1");
            phone.go("tasks");
            phone.waitUntilTextAppears(MILESTONE);
            phone.click("open-" + milestone.recommendationId() + "-work_on_milestone-" + milestone.id());
            phone.type("report-progress", String.valueOf(progress));
            phone.type("report-note", "Roadmap workshop held with the Ministry (" + language + ").");
            phone.upload("evidence-upload", pdf);
            try {
                phone.waitUntilTextAppears(fileName);
            } catch (RuntimeException notShown) {
                phone.screenshot("failed-upload-" + language);
                throw notShown;
            }
            if (language.equals("en")) {
                phone.screenshot("phone-report-progress");
            }
            phone.click("save-report");
            phone.waitUntilTextAppears(texts.get("report.saved", "R14"));
        }

        MilestoneRow after = peruRoadmap();
        assertThat(after.progress()).isEqualTo(progress);
        fixtures.signIn("agency.r4v");
        assertThat(evidence.list(after.id())).extracting(EvidenceItem::fileName).contains(fileName);
    }

    private MilestoneRow peruRoadmap() {
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        Long r14 = recommendations.list(plan).stream().filter(r -> r.code().equals("R14"))
                .map(RecommendationSummary::id).findFirst().orElseThrow();
        return recommendations.details(r14).milestones().stream().filter(m -> m.name().equals(MILESTONE))
                .findFirst().orElseThrow();
    }
}
