package org.mixedmovements.tracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mixedmovements.tracker.planimport.ImportFiles.csv;
import static org.mixedmovements.tracker.planimport.ImportFiles.xlsx;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The input policy on the import path (issue 22): codes unique without regard to case, dates within 2000-01-01 and
 * 2100-12-31, control characters in a workbook's cells refused with their sheet, row and column, text stored in NFC.
 */
@TrackerTest
class ImportInputPolicyTest {

    static final String RECOMMENDATIONS = "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n";
    static final String MILESTONES = "recommendation,title,owner,country,planned_start,due_date,evidence_required\n";

    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired Fixtures fixtures;

    String code;

    @BeforeEach
    void signIn() {
        fixtures.signIn("secretariat");
        code = ImportFiles.newPlanCode();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    UploadedFile plan() {
        return csv("plan.csv", "code,title,source,published_on,languages,time_zone\n"
                + code + ",Input policy plan,Tests,16/07/2024,en,America/Panama\n");
    }

    List<String> problemsOf(UploadedFile... files) {
        try {
            importer.preview(importer.read(List.of(files)), ImportProgress.NONE);
        } catch (ImportRejected rejected) {
            return rejected.details().stream()
                    .map(p -> p.sheet() + ":" + p.row() + ":" + p.column() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("the import was not refused");
    }

    @Test
    void recommendationCodesThatDifferOnlyInCaseAreOneCodeTwice() {
        UploadedFile recs = csv("recs.csv", RECOMMENDATIONS
                + "E1,First,Theme,BOTH,REGIONAL,,,Text.\n"
                + "e1,Second,Theme,BOTH,REGIONAL,,,Text.\n");

        assertThat(problemsOf(plan(), recs)).containsExactly("recs.csv:3:code:import.error.duplicate-code");
        assertThat(plans.findByCode(code)).isEmpty();
    }

    @Test
    void aCodeThatDiffersOnlyInCaseFromOneAlreadyInThePlanIsRefused() {
        importer.importFile(importer.read(List.of(plan(), csv("recs.csv", RECOMMENDATIONS
                + "E1,First,Theme,BOTH,REGIONAL,,,Text.\n"))), ImportProgress.NONE);
        UploadedFile again = csv("recs.csv", RECOMMENDATIONS
                + "E1,First,Theme,BOTH,REGIONAL,,,Text.\n"
                + "e1,Second,Theme,BOTH,REGIONAL,,,Text.\n");

        assertThat(problemsOf(plan(), again)).containsExactly("recs.csv:3:code:import.error.duplicate-code");
        Long planId = plans.findByCode(code).orElseThrow().getId();
        assertThat(recommendations.list(planId)).extracting(RecommendationSummary::code).containsExactly("E1");
    }

    @Test
    void datesOutsideTheDocumentedRangeAreRefusedWithTheirCell() {
        UploadedFile recs = csv("recs.csv", RECOMMENDATIONS + "A1,First,Theme,BOTH,REGIONAL,,,Text.\n");
        UploadedFile milestones = csv("milestones.csv", MILESTONES
                + "A1,Far away,OCHA,,,01/01/2101,no\n"
                + "A1,Long ago,OCHA,,1999-12-31,2030-01-01,no\n"
                + "A1,Last day,OCHA,,,2100-12-31,no\n");
        UploadedFile oldPlan = csv("plan.csv", "code,title,source,published_on,languages,time_zone\n"
                + code + ",Input policy plan,Tests,31/12/1999,en,America/Panama\n");

        assertThat(problemsOf(oldPlan, recs, milestones)).containsExactly(
                "plan.csv:2:published_on:validation.date-range",
                "milestones.csv:2:due_date:validation.date-range",
                "milestones.csv:3:planned_start:validation.date-range");
    }

    @Test
    void controlCharactersInAWorkbooksCellsAreRefusedWithSheetRowAndColumn() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Plan", List.of(
                List.of("code", "title", "source", "published_on", "languages", "time_zone"),
                List.of(code, "Plan", "Tests", LocalDate.of(2024, 7, 16), "en", "America/Panama")));
        sheets.put("Recommendations", List.of(
                List.of("code", "title", "theme", "coordination_level", "scope", "countries", "depends_on", "full_text"),
                // a workbook keeps a control character as an _xHHHH_ escape, which POI reads back as the character
                List.of("A1", "Null_x0000_byte", "Theme", "BOTH", "REGIONAL", "", "", "Line one\nline two\ttabbed."),
                List.of("A2", "Escape", "Theme_x001B_[31m", "BOTH", "REGIONAL", "", "", "Text.")));

        assertThat(problemsOf(xlsx("plan.xlsx", sheets))).containsExactly(
                "plan.xlsx / Recommendations:2:title:validation.control-characters",
                "plan.xlsx / Recommendations:3:theme:validation.control-characters");
        assertThat(plans.findByCode(code)).isEmpty();
    }

    @Test
    void importedTextIsStoredInNormalisedForm() {
        String decomposed = "Migracio\u0301n";
        importer.importFile(importer.read(List.of(plan(), csv("recs.csv", RECOMMENDATIONS
                + "N1," + decomposed + ",Theme,BOTH,REGIONAL,,,Text.\n"))), ImportProgress.NONE);

        Long planId = plans.findByCode(code).orElseThrow().getId();
        assertThat(recommendations.list(planId)).extracting(RecommendationSummary::title).containsExactly("Migración");
    }
}
