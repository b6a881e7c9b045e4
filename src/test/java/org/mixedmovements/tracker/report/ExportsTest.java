package org.mixedmovements.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.assignment.MilestoneExports;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.DashboardExports;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DashboardSnapshot;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.NationalScenario;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.compliance.TrendSummary;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.DeadlineChangeService;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The exported files read back (OpenPDF's text extractor, POI, commons-csv) give the figures of the compliance read
 * model for the same filter, in the user's language; text that looks like a formula stays text; a user who may not
 * read the data gets no file.
 */
@TrackerTest
class ExportsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired DashboardExports exports;
    @Autowired MeetingPackExport packs;
    @Autowired MilestoneExports milestoneExports;
    @Autowired DashboardService dashboard;
    @Autowired ComplianceQueries compliance;
    @Autowired MeetingService meetings;
    @Autowired DeadlineChangeService deadlineChanges;
    @Autowired RecommendationService recommendations;
    @Autowired AuditLog audit;

    private boolean clockMoved;

    @AfterEach
    void putTheClockBack() {
        if (clockMoved) {
            NationalScenario.undo(context);
        }
        fixtures.signOut();
    }

    private NationalScenario lateNationalWork(String title) {
        clockMoved = true;
        return NationalScenario.build(context, title);
    }

    private DashboardSelection selection(Long plan, String... filters) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(DashboardSelection.PLAN, String.valueOf(plan));
        for (int i = 0; i < filters.length; i += 2) {
            parameters.put(filters[i], filters[i + 1]);
        }
        return dashboard.select(parameters);
    }

    static byte[] bytes(ExportFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }

    static String squeezed(String text) {
        return PdfText.squeezed(text);
    }

    static void assertShows(String pdfText, String... phrases) {
        String shown = squeezed(pdfText);
        for (String phrase : phrases) {
            assertThat(shown).as("the PDF shows \"" + phrase + "\"").contains(squeezed(phrase));
        }
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    /** Keeps a copy of a file to look at (target/exports), as the README says. */
    static void keep(String name, byte[] bytes) throws IOException {
        Path folder = Path.of("target", "exports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }

    private static Map<String, Object> figures(Sheet summary) {
        Map<String, Object> values = new HashMap<>();
        for (Row row : summary) {
            if (row.getRowNum() == 0 || row.getCell(1) == null) {
                continue;
            }
            Cell value = row.getCell(1);
            values.put(row.getCell(0).getStringCellValue(),
                    value.getCellType() == CellType.NUMERIC ? (long) value.getNumericCellValue() : value.getStringCellValue());
        }
        return values;
    }

    @Test
    void theWorkbookGivesTheReadModelsFiguresForEachFilter() throws IOException {
        NationalScenario scenario = lateNationalWork("Workbook figures");
        fixtures.signIn("secretariat");
        for (DashboardSelection selection : List.of(selection(scenario.plan()),
                selection(scenario.plan(), DashboardSelection.COUNTRY, "PE"),
                selection(scenario.plan(), DashboardSelection.COUNTRY, "CO"),
                selection(scenario.plan(), DashboardSelection.ORGANISATION, "IBC-HM"))) {
            ComplianceFilter filter = selection.filter();
            RollUp total = compliance.total(filter);
            DashboardSnapshot snapshot = dashboard.snapshot(selection);
            byte[] file = bytes(exports.workbook(selection, Locale.ENGLISH));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                Map<String, Object> figures = figures(workbook.getSheet("Summary"));
                assertThat(figures.get("Milestones in force")).as(filter.toString()).isEqualTo(total.milestones());
                assertThat(figures.get("Overdue")).isEqualTo(total.count(ComplianceStatus.OVERDUE));
                assertThat(figures.get("At risk")).isEqualTo(total.count(ComplianceStatus.AT_RISK));
                assertThat(figures.get("Completed on time")).isEqualTo(total.count(ComplianceStatus.COMPLETED_ON_TIME));
                assertThat(figures.get("Overall progress (%)")).isEqualTo((long) total.progress());
                assertThat(figures.get("Milestones whose due date moved")).isEqualTo(total.slipped());

                Sheet recommendationsSheet = workbook.getSheet("Recommendations");
                assertThat(recommendationsSheet.getLastRowNum()).isEqualTo(snapshot.recommendations().size());
                for (int i = 0; i < snapshot.recommendations().size(); i++) {
                    RecommendationProgress expected = snapshot.recommendations().get(i);
                    Row row = recommendationsSheet.getRow(i + 1);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.code());
                    assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(expected.milestones());
                    assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(expected.progress());
                }
                assertThat(workbook.getSheet("Milestones").getLastRowNum()).isEqualTo((int) total.milestones());
                if (total.count(ComplianceStatus.OVERDUE) > 0) {
                    // the status in words on the dashboard's colour (overdue first: red, lightened)
                    Cell status = workbook.getSheet("Milestones").getRow(1).getCell(9);
                    assertThat(status.getStringCellValue()).isEqualTo("Overdue");
                    byte[] rgb = ((org.apache.poi.xssf.usermodel.XSSFColor) status.getCellStyle()
                            .getFillForegroundColorColor()).getRGB();
                    assertThat(rgb[0] & 0xFF).as("red").isGreaterThan(rgb[1] & 0xFF).isGreaterThan(200);
                }
                Sheet overdue = workbook.getSheet("Overdue");
                assertThat(overdue.getLastRowNum()).isEqualTo((int) dashboard.countOverdue(filter));
                if (overdue.getLastRowNum() > 0) {
                    DeadlineRow late = dashboard.overdue(filter, PageRequest.of(0, 1)).getContent().get(0);
                    assertThat(overdue.getRow(1).getCell(1).getStringCellValue()).isEqualTo(late.milestoneName());
                    assertThat(overdue.getRow(1).getCell(2).getStringCellValue()).isEqualTo("R4V");
                    assertThat(overdue.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(late.currentDue());
                    assertThat((long) overdue.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(late.daysLate());
                }
            }
        }
    }

    @Test
    void theReportSaysTheFiltersAndGivesTheDashboardsFiguresOverdueListAndSlippage() throws IOException {
        NationalScenario scenario = lateNationalWork("Report figures");
        fixtures.signIn("agency.ibchm"); // anyone signed in reads the dashboard, so exports it
        DashboardSelection selection = selection(scenario.plan(), DashboardSelection.COUNTRY, "PE");
        ExportFile file = exports.complianceReport(selection, Locale.ENGLISH);
        assertThat(file.fileName()).matches("TEST-\\d+-compliance-report-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        byte[] pdf = bytes(file);
        keep("compliance-report.pdf", pdf);
        String text = pdfText(pdf);
        RollUp total = compliance.total(selection.filter());
        assertShows(text, "Compliance report", selection.plan().getCode(), "Filters Country: PE", "Generated",
                "Milestones in force " + total.milestones(),
                "Overdue " + total.count(ComplianceStatus.OVERDUE),
                "Overdue milestones (" + dashboard.countOverdue(selection.filter()) + ")",
                NationalScenario.OVERDUE, "R4V",
                "Slippage: baseline and current due dates (" + total.slipped() + " milestones)");
        // the recommendation figures as on the dashboard: the one recommendation accepted, its plan in force
        assertShows(text, "The recommendations", "Acceptance rate 100 % · 1 of 1 answered were accepted",
                "Implementation rate 0 % · 0 of 1 accepted are implemented",
                "Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela (R4V)");
        assertThat(text).doesNotContain(NationalScenario.AT_RISK); // a Colombian milestone: not in the filter
        assertThat(audit.historyOf("plan", scenario.plan())).extracting(AuditEntry::summary)
                .anySatisfy(s -> assertThat(s).contains("Compliance report (PDF)", "country=PE"));
    }

    @Test
    void theReportDrawsTheChartsAndTheTrendAsVectorGraphicsWithTheTrendsSentence() throws IOException {
        NationalScenario scenario = lateNationalWork("Report charts");
        TrendService trends = context.getBean(TrendService.class);
        trends.keep();
        fixtures.signIn("agency.ibchm");
        DashboardSelection selection = selection(scenario.plan());
        byte[] pdf = bytes(exports.complianceReport(selection, Locale.ENGLISH));
        keep("compliance-report-charts.pdf", pdf);

        String sentence = TrendSummary.sentence(trends.trend(selection.plan()),
                (key, arguments) -> Translations.text(Locale.ENGLISH, key, arguments));
        assertThat(sentence).startsWith("Implementation rate 0 %");
        assertShows(pdfText(pdf), "Milestones in force by compliance status", "Progress per recommendation",
                "Figures over time", sentence);

        PdfReader reader = new PdfReader(pdf);
        try {
            int drawings = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PRStream stream) {
                    PdfName subtype = stream.getAsName(PdfName.SUBTYPE);
                    assertThat(subtype).as("no raster image in the report").isNotEqualTo(PdfName.IMAGE);
                    String content = PdfName.FORM.equals(subtype)
                            ? new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1) : "";
                    boolean paths = content.contains(" re\n") || content.contains(" l\n") || content.contains(" c\n");
                    boolean painted = content.contains("S\n") || content.contains("f\n");
                    if (paths && painted) {
                        drawings++;
                    }
                }
            }
            assertThat(drawings).as("the ring, the progress bars and the trend, drawn as paths").isGreaterThanOrEqualTo(3);
        } finally {
            reader.close();
        }
    }

    @Test
    void theCsvTablesHoldTheMilestonesAndRecommendationsOfTheFilterInSpanish() throws IOException {
        NationalScenario scenario = lateNationalWork("CSV en español");
        fixtures.signIn("wg.unhcr");
        DashboardSelection selection = selection(scenario.plan());
        List<CSVRecord> milestones = csv(bytes(exports.milestonesCsv(selection, SPANISH)));
        assertThat(milestones.get(0).get(0)).isEqualTo("Recomendación");
        assertThat(milestones.get(0).values()).contains("Hito", "Responsable", "Fecha límite actual",
                "Estado de cumplimiento", "Trabajo asignado a");
        assertThat(milestones).hasSize(1 + (int) compliance.total(selection.filter()).milestones());
        CSVRecord late = milestones.stream().filter(r -> r.get(1).equals(NationalScenario.OVERDUE)).findFirst()
                .orElseThrow();
        DeadlineRow expected = dashboard.overdue(selection.filter(), PageRequest.of(0, 1)).getContent().get(0);
        assertThat(late.get(9)).isEqualTo("Vencido");
        assertThat(late.get(5)).isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(SPANISH)
                .format(expected.currentDue()));

        List<CSVRecord> recommendationRows = csv(bytes(exports.recommendationsCsv(selection, SPANISH)));
        assertThat(recommendationRows.get(0).values()).startsWith("Recomendación", "Título", "Estado", "Líder");
        RecommendationProgress r = dashboard.snapshot(selection).recommendations().get(0);
        assertThat(recommendationRows.get(1).get(4)).isEqualTo(String.valueOf(r.milestones()));
        assertThat(recommendationRows.get(1).get(5)).isEqualTo(String.valueOf(r.progress()));
        assertThat(recommendationRows.get(1).get(2)).isEqualTo("En implementación");
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInCsvAndExcel() throws IOException {
        Long recommendation = fixtures.newRecommendation("=SUM(A1:A9)+1");
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        DashboardSelection selection = selection(plan);
        List<CSVRecord> rows = csv(bytes(exports.recommendationsCsv(selection, Locale.ENGLISH)));
        assertThat(rows.get(1).get(1)).isEqualTo("'=SUM(A1:A9)+1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(exports.workbook(selection,
                Locale.ENGLISH))))) {
            Cell title = workbook.getSheet("Recommendations").getRow(1).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=SUM(A1:A9)+1");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void everyLeadingCharacterThatStartsAFormulaOrACellIsNeutralisedButNumbersStayNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter table = new CsvTableWriter(out, Texts.of(Locale.ENGLISH));
        table.header(List.of("value"));
        List<Object> values = new ArrayList<>(List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", -3,
                LocalDate.of(2026, 3, 1)));
        values.forEach(v -> table.row(List.of(v)));
        table.finish();
        assertThat(csv(out.toByteArray()).stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "-3", "Mar 1, 2026");
    }

    @Test
    void theMeetingPackHoldsOpenDecisionsWithVotesOverdueWorkAskedDatesAndDecisionsSinceTheLastMeeting()
            throws IOException {
        NationalScenario scenario = lateNationalWork("Meeting pack");
        fixtures.signIn("secretariat");
        Long meeting = meetings.record(new MeetingRecord(scenario.plan(), fixtures.todayInPanama(),
                "Quarterly review", List.of(fixtures.organisation("IOM"), fixtures.organisation("OCHA")),
                "Reviewed the national roll-out.", List.of()));
        DashboardSelection selection = selection(scenario.plan());
        Map<String, DeadlineRow> byName = new HashMap<>();
        dashboard.dueSoon(selection.filter(), PageRequest.of(0, 10)).forEach(r -> byName.put(r.milestoneName(), r));
        dashboard.overdue(selection.filter(), PageRequest.of(0, 10)).forEach(r -> byName.put(r.milestoneName(), r));
        fixtures.signIn("agency.r4v");
        deadlineChanges.request(byName.get(NationalScenario.OVERDUE).milestoneId(), fixtures.todayInPanama().plusDays(30),
                "The ministry asked for a second consultation");
        fixtures.everyMemberVotes(scenario.recommendation(), VoteChoice.APPROVE); // decided after the meeting
        fixtures.signIn("agency.r4v");
        deadlineChanges.request(byName.get(NationalScenario.AT_RISK).milestoneId(), fixtures.todayInPanama().plusDays(60),
                "Elections moved the adoption");
        fixtures.signIn("wg.unhcr");
        fixtures.findTask("wg.unhcr", scenario.recommendation(),
                        org.mixedmovements.tracker.workflow.WorkItemKind.CAST_VOTE)
                .ifPresent(task -> context.getBean(org.mixedmovements.tracker.task.MyTaskService.class)
                        .vote(task, VoteChoice.APPROVE, null));

        fixtures.signIn("wg.ocha");
        ExportFile file = packs.meetingPack(scenario.plan(), Locale.ENGLISH);
        assertThat(file.fileName()).matches("TEST-\\d+-meeting-pack-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        byte[] pdf = bytes(file);
        keep("meeting-pack.pdf", pdf);
        String text = pdfText(pdf);
        assertShows(text, "Meeting pack", "Last meeting recorded:", "Quarterly review",
                "Pending decisions (1)", "UNHCR: for", "New due dates asked for, pending (1)",
                NationalScenario.AT_RISK, "Elections moved the adoption",
                "Overdue milestones and their owners (" + dashboard.countOverdue(selection.filter()) + ")",
                "Decisions taken since the last meeting (1)", "Approved");
        assertThat(meeting).isNotNull();
    }

    @Test
    void nobodyGetsAFileOfWhatTheyMayNotRead() {
        Long plan = recommendations.summary(fixtures.newRecommendation("Refusals")).planId();
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> packs.meetingPack(plan, Locale.ENGLISH)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> milestoneExports.workbook(new MilestoneFilter(plan, null, null, null), Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> milestoneExports.csv(MilestoneFilter.none(), Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
        fixtures.signOut();
        DashboardSelection selection = selection(plan);
        assertThatThrownBy(() -> exports.complianceReport(selection, Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> exports.milestonesCsv(selection, Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theMilestoneListExportHoldsTheRowsOfItsFilterWithTheirStatus() throws IOException {
        NationalScenario scenario = lateNationalWork("Milestone list export");
        fixtures.signIn("chair");
        MilestoneFilter filter = new MilestoneFilter(scenario.plan(), null, null, null);
        ExportFile file = milestoneExports.workbook(filter, SPANISH);
        assertThat(file.fileName()).matches("TEST-\\d+-milestones-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(file)))) {
            Sheet sheet = workbook.getSheet("Hitos");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hito");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> statuses = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                statuses.add(sheet.getRow(i).getCell(6).getStringCellValue());
            }
            assertThat(statuses).containsExactlyInAnyOrder("Completado a tiempo", "En riesgo", "Vencido");
        }
        List<CSVRecord> rows = csv(bytes(milestoneExports.csv(new MilestoneFilter(scenario.plan(), null, null, "Peru"),
                Locale.ENGLISH)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(2)).isEqualTo(NationalScenario.OVERDUE);
        assertThat(rows.get(1).get(6)).isEqualTo("Overdue");
    }
}
