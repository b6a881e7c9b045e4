package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.1 AA measured in the browser: Deque's axe-core checks the sign-in page and every view in the menu of every
 * role (secretariat, working-group member, chair, agency focal point, administrator), with the detail pages a menu
 * leads to, on a desktop (1280 px) and a phone (390 px), in English and in Spanish (in all four languages with
 * -Dtracker.journeys.languages=all); no serious or critical violation is allowed. See docs/accessibility.md.
 */
@DemoApplicationTest
class AccessibilityJourneyTest {

    static final String PASSWORD = "Tracker-demo-1";
    static final List<String> ROLES = List.of("secretariat", "wg.ocha", "chair", "agency.ibchm", "admin");
    /** On a phone: the roles that between them have every view (the working group's views are the secretariat's). */
    static final List<String> PHONE_ROLES = List.of("secretariat", "agency.ibchm", "admin");
    static final String SEARCH = "search?q=R5";
    /** The dialogs checked, by the kind of task that opens them, and a field each shows once open. */
    static final Map<String, String> DIALOG_FIELD = Map.of("cast_vote", "decision-proposal",
            "work_on_milestone", "report-progress");

    @LocalServerPort int port;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired EvidenceService evidence;
    @Autowired Fixtures fixtures;

    @ParameterizedTest(name = "in {0}")
    @MethodSource("org.mixedmovements.tracker.journey.JourneyLanguages#withSpanish")
    void everyViewOfEveryRoleHasNoSeriousOrCriticalAccessibilityProblemOnADesktopOrAPhone(String language)
            throws IOException {
        List<String> problems = new ArrayList<>();
        // within CI's time: English checks every role's every view on a desktop; Spanish, whose longer words are what
        // wraps and overflows, checks each view once on a phone (the markup is the same in both languages, and the
        // narrow layout is where longer words break it); -Dtracker.axe.full=true checks every role at both sizes in
        // both languages (170 pages, about 8 minutes)
        boolean full = Boolean.getBoolean("tracker.axe.full");
        if (full || language.equals("en")) {
            tour(port, Texts.of(language), 1280, 900, ROLES, problems);
        }
        if (full || !language.equals("en")) {
            tour(port, Texts.of(language), 390, 844, PHONE_ROLES, problems);
        }
        assertThat(problems).as("serious or critical axe-core violations (rule, element, help)").isEmpty();
    }

    /**
     * Checks the sign-in page, then the menu views of each role and the detail pages they lead to, at one size. On a
     * desktop every role's every view; on a phone (the same views laid out narrow) each view once.
     */
    static void tour(int port, Texts texts, int width, int height, List<String> users, List<String> problems)
            throws IOException {
        boolean everyRole = users.size() == ROLES.size();
        try (Browser browser = Browser.open(port, width, height, texts.browserLanguage())) {
            browser.go("login");
            problems.addAll(browser.seriousAxeViolations("login"));
            // the public progress page (issue 21), as anyone reads it without an account: the demo publishes LAC-2024
            String lang = texts.language();
            for (String page : List.of("public?lang=" + lang, "public/plans/LAC-2024?lang=" + lang)) {
                browser.go(page);
                problems.addAll(browser.seriousAxeViolations(page));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String user : users) {
                browser.login(user, PASSWORD);
                assertThat(browser.pageLanguage()).as("the page tells its language (html lang)")
                        .startsWith(texts.language().substring(0, 2));
                List<String> paths = new ArrayList<>(browser.menuPaths());
                paths.add(SEARCH);
                for (String path : paths) {
                    // on a phone each view once, but My tasks for each role: its dialogs depend on the role's tasks
                    if (!seen.add(path) && !everyRole && !path.equals("tasks")) {
                        continue;
                    }
                    browser.navigate(path);
                    problems.addAll(browser.seriousAxeViolations(user + " " + path));
                    if (path.equals("tasks")) {
                        checkDialogs(browser, user, seen, problems);
                    }
                    // a detail page once per size and language: its layout does not depend on who reads it
                    String detail = firstDetailOf(path);
                    if (detail != null && seen.add(detail) && browser.followFirstLink(detail)) {
                        problems.addAll(browser.seriousAxeViolations(user + " " + browser.currentPath()));
                    }
                }
                browser.logout();
            }
        }
    }

    /**
     * R4V's focal point reports progress on its Peru roadmap and attaches evidence with the keyboard alone: Tab to the
     * task, Enter to open it, Tab between the fields, the file given to the upload's input (the operating system's
     * file dialog is keyboard-accessible), Tab to Save and Enter; every stop shows where the focus is.
     */
    @Test
    void anAgencyFocalPointReportsProgressAndAttachesEvidenceWithTheKeyboardAlone() throws Exception {
        Texts texts = Texts.of("en");
        MilestoneRow milestone = peruRoadmap();
        String fileName = "keyboard-only-report.pdf";
        Path pdf = Files.createTempDirectory("evidence").resolve(fileName);
        Files.write(pdf, "%PDF-1.4\n% keyboard-only report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String task = "open-" + milestone.recommendationId() + "-work_on_milestone-" + milestone.id();

        try (Browser browser = Browser.open(port, 1280, 900, texts.browserLanguage())) {
            browser.login("agency.r4v", PASSWORD);
            browser.go("tasks");
            browser.waitUntilTextAppears(AgencyUpdateJourneyTest.MILESTONE);
            assertThat(browser.tabTo(task, 150)).as("the focus shows on the task's button").isTrue();
            browser.typeHere(Keys.ENTER);
            browser.byId("report-progress");
            assertThat(browser.tabTo("report-progress", 30)).as("the focus shows on the progress field").isTrue();
            browser.typeHere(Keys.chord(Keys.CONTROL, "a"), "65");
            assertThat(browser.tabTo("report-note", 10)).as("the focus shows on the note").isTrue();
            browser.typeHere("Reported with the keyboard alone.");
            assertThat(browser.tabTo("evidence-upload", 20)).as("the focus shows on the upload button").isTrue();
            browser.upload("evidence-upload", pdf);
            browser.waitUntilTextAppears(fileName);
            assertThat(browser.tabTo("save-report", 40)).as("the focus shows on Save").isTrue();
            browser.typeHere(Keys.ENTER);
            browser.waitUntilTextAppears(texts.get("report.saved", "R14"));
            browser.assertNoSeriousAxeViolations("my tasks after a report");
        }

        assertThat(peruRoadmap().progress()).isEqualTo(65);
        fixtures.signIn("agency.r4v");
        try {
            assertThat(evidence.list(milestone.id())).extracting(EvidenceItem::fileName).contains(fileName);
        } finally {
            fixtures.signOut();
        }
    }

    /**
     * At 200 % zoom (a 1280 x 900 screen is then 640 x 450 CSS pixels) every button, link and field of the main views
     * can still be reached: scrolled to, it is on the screen and nothing covers it. The timeline's statuses carry
     * shapes and words, not colour alone.
     */
    @Test
    void atTwoHundredPercentZoomEveryActionOfTheMainViewsStaysReachable() throws IOException {
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        Long r5 = recommendations.list(plan).stream().filter(r -> r.code().equals("R5"))
                .map(RecommendationSummary::id).findFirst().orElseThrow();
        Texts texts = Texts.of("es");
        try (Browser zoomed = Browser.open(port, 640, 450, texts.browserLanguage())) {
            zoomed.login("secretariat", PASSWORD);
            zoomed.viewport(640, 450);
            for (String path : List.of("dashboard?plan=" + plan, "timeline?plan=" + plan, "recommendations",
                    "recommendations/" + r5, "tasks", "approvals", "milestones")) {
                zoomed.go(path);
                assertThat(zoomed.unreachableActions()).as("actions out of reach on %s at 200 %%", path).isEmpty();
                zoomed.assertNoSeriousAxeViolations(path + " at 200 %");
                if (path.startsWith("timeline")) {
                    assertThat(zoomed.all(".timeline-label .timeline-status")).as("each milestone's status as a shape")
                            .isNotEmpty()
                            .allSatisfy(symbol -> assertThat(symbol.getAttribute("aria-label"))
                                    .isIn(statusWords(texts)));
                }
            }
        }
    }

    private static List<String> statusWords(Texts texts) {
        return Arrays.stream(ComplianceStatus.values()).map(s -> texts.get("compliance." + s.name())).toList();
    }

    private MilestoneRow peruRoadmap() {
        Long plan = plans.findByCode("LAC-2024").orElseThrow().getId();
        Long r14 = recommendations.list(plan).stream().filter(r -> r.code().equals("R14"))
                .map(RecommendationSummary::id).findFirst().orElseThrow();
        return recommendations.details(r14).milestones().stream()
                .filter(m -> m.name().equals(AgencyUpdateJourneyTest.MILESTONE)).findFirst().orElseThrow();
    }

    /** The dialogs that matter, once per size and language: a vote and a progress report, opened and closed. */
    private static void checkDialogs(Browser browser, String user, Set<String> seen, List<String> problems) {
        for (String kind : DIALOG_FIELD.keySet()) {
            String button = browser.firstId("vaadin-button[id^='open-'][id*='-" + kind + "']");
            if (button != null && seen.add("dialog " + kind)) {
                browser.open(button, DIALOG_FIELD.get(kind));
                problems.addAll(browser.seriousAxeViolations(user + " tasks, dialog " + kind));
                browser.closeDialogWithEscape();
            }
        }
    }

    /** Where a list view leads: the prefix of its rows' links to their detail page. */
    private static String firstDetailOf(String path) {
        return switch (path) {
            case "recommendations" -> "recommendations/";
            case "meetings" -> "meetings/";
            default -> null;
        };
    }

    @AfterAll
    static void printCount() {
        System.out.println("axe-core checked " + Browser.axePagesChecked() + " pages");
    }
}
