package org.mixedmovements.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.assignment.MilestoneExports;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.compliance.DashboardExports;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.i18n.EnglishLeaks;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.oversight.AuditLogExport;
import org.mixedmovements.tracker.oversight.AuditSelection;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's guard for files: every export (the compliance report PDF, its workbook and CSV tables, the meeting pack,
 * the milestone list as workbook and CSV, the audit log as CSV) of a plan made with neutral data ("Ω…"), in Spanish,
 * Portuguese and French, holds no phrase of the English bundle, no code and no raw key.
 */
@TrackerTest
class NoEnglishInTheExportsTest {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"),
            Locale.FRENCH);

    @Autowired Fixtures fixtures;
    @Autowired DashboardExports dashboardExports;
    @Autowired DashboardService dashboard;
    @Autowired MeetingPackExport packs;
    @Autowired MeetingService meetings;
    @Autowired MilestoneExports milestoneExports;
    @Autowired AuditLogExport auditExport;
    @Autowired RecommendationService recommendations;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void no_export_holds_english_codes_or_keys_in_spanish_portuguese_or_french() throws IOException {
        Long recommendation = fixtures.newRecommendation("Ω1");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Ω2", "R4V", 20, false),
                fixtures.milestone("Ω3", "IBC-HM", 3, true));
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        meetings.record(new MeetingRecord(plan, fixtures.todayInPanama(), "Ω4",
                List.of(fixtures.organisation("IOM"), fixtures.organisation("OCHA")), "Ω5", List.of()));
        DashboardSelection selection = dashboard.select(Map.of(DashboardSelection.PLAN, String.valueOf(plan)));

        List<String> leaks = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            EnglishLeaks guard = new EnglishLeaks(language);
            fixtures.signIn("secretariat");
            leaks.addAll(guard.in(List.of(PdfText.of(dashboardExports.complianceReport(selection, language))),
                    "compliance report PDF"));
            leaks.addAll(guard.in(workbookTexts(dashboardExports.workbook(selection, language)), "compliance workbook"));
            leaks.addAll(guard.in(List.of(text(dashboardExports.recommendationsCsv(selection, language))),
                    "recommendations CSV"));
            leaks.addAll(guard.in(List.of(text(dashboardExports.milestonesCsv(selection, language))), "milestones CSV"));
            leaks.addAll(guard.in(List.of(PdfText.of(packs.meetingPack(plan, language))), "meeting pack PDF"));
            MilestoneFilter milestones = new MilestoneFilter(plan, null, null, null);
            leaks.addAll(guard.in(workbookTexts(milestoneExports.workbook(milestones, language)), "milestone workbook"));
            leaks.addAll(guard.in(List.of(text(milestoneExports.csv(milestones, language))), "milestone CSV"));
            fixtures.signIn("admin");
            AuditSelection ofTheRecommendation = new AuditSelection(null, null, null, recommendation, null, null);
            leaks.addAll(guard.in(List.of(text(auditExport.csv(ofTheRecommendation, ZoneId.of("America/Panama"),
                    language))), "audit log CSV"));
        }
        assertThat(leaks).as(String.join("\n", leaks)).isEmpty();

        // the guard reads the files: the same exports in English are caught
        fixtures.signIn("secretariat");
        EnglishLeaks spanishReader = new EnglishLeaks(Locale.forLanguageTag("es"));
        assertThat(spanishReader.in(List.of(PdfText.of(packs.meetingPack(plan, Locale.ENGLISH))), "pack")).isNotEmpty();
        assertThat(spanishReader.in(workbookTexts(dashboardExports.workbook(selection, Locale.ENGLISH)), "workbook"))
                .isNotEmpty();
        assertThat(text(milestoneExports.csv(new MilestoneFilter(plan, null, null, null), Locale.ENGLISH)))
                .contains("Ω2", "Ω3");
    }

    private static byte[] bytes(ExportFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    private static String text(ExportFile file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /** Every cell and sheet name, as a person reads them. */
    private static List<String> workbookTexts(ExportFile file) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(file)))) {
            for (Sheet sheet : workbook) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return texts;
    }
}
