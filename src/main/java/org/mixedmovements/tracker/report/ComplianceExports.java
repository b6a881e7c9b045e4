package org.mixedmovements.tracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mixedmovements.tracker.base.security.ZonePreference;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.DashboardExports;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.compliance.DashboardSnapshot;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.compliance.PlanTrend;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.compliance.TrendLines;
import org.mixedmovements.tracker.compliance.TrendSummary;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.MilestoneComplianceView;
import org.mixedmovements.tracker.compliance.RecommendationFigures;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.MilestoneLabel;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.mixedmovements.tracker.workflow.TaskReassignment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The dashboard's exports for a selection: the compliance report (PDF), the workbook (summary, recommendations,
 * milestones, overdue) and the CSV tables. Every figure is read through the dashboard's own queries
 * ({@link DashboardService#snapshot}, {@link DashboardService#overdue}, {@link ComplianceQueries#milestones}) with the
 * selection's filter, so the files give the dashboard's figures. Lists are read a page at a time and written as they
 * come. Any signed-in user may export what the dashboard shows them.
 */
@Service
class ComplianceExports implements DashboardExports {

    static final int PAGE = 500;
    static final String SUBJECT = "plan";

    private final DashboardService dashboard;
    private final ComplianceQueries compliance;
    private final RecommendationLabels labels;
    private final TaskReassignment work;
    private final ExportAudit audit;
    private final Clock clock;
    private final ZonePreference zones;
    private final TrendService trends;
    private final ProgressReportSections progressReports;
    private final OrganisationService organisations;

    ComplianceExports(DashboardService dashboard, ComplianceQueries compliance, RecommendationLabels labels,
                      TaskReassignment work, ExportAudit audit, Clock clock, ZonePreference zones, TrendService trends,
                      ProgressReportSections progressReports, OrganisationService organisations) {
        this.progressReports = progressReports;
        this.organisations = organisations;
        this.zones = zones;
        this.trends = trends;
        this.dashboard = dashboard;
        this.compliance = compliance;
        this.labels = labels;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ExportFile complianceReport(DashboardSelection selection, Locale locale) {
        return export(selection, locale, "compliance-report", "pdf", ExportFile.PDF, "audit.details.file.compliance-report",
                (texts, out) -> writeReport(selection, texts, out));
    }

    @Override
    public ExportFile workbook(DashboardSelection selection, Locale locale) {
        return export(selection, locale, "compliance", "xlsx", ExportFile.XLSX, "audit.details.file.compliance-workbook",
                (texts, out) -> writeWorkbook(selection, texts, out));
    }

    @Override
    public ExportFile recommendationsCsv(DashboardSelection selection, Locale locale) {
        return export(selection, locale, "recommendations", "csv", ExportFile.CSV, "audit.details.file.recommendations-csv",
                (texts, out) -> csv(out, texts, table -> recommendations(dashboard.snapshot(selection), texts, table)));
    }

    @Override
    public ExportFile milestonesCsv(DashboardSelection selection, Locale locale) {
        return export(selection, locale, "milestones", "csv", ExportFile.CSV, "audit.details.file.milestones-csv",
                (texts, out) -> csv(out, texts, table -> milestones(selection.filter(), texts, table)));
    }

    /** How one file of a selection is written, in the reader's language. */
    private interface Writer {
        void write(Texts texts, OutputStream out) throws IOException;
    }

    /**
     * An export of the selection: the permission is checked when the link is made and again when the file is written,
     * and the export is audited (with its filters) before the first byte goes out.
     */
    private ExportFile export(DashboardSelection selection, Locale locale, String what, String extension,
                              String contentType, String fileKey, Writer writer) {
        Plan plan = readable(selection);
        ZoneId reader = zones.zoneOf(CurrentUser.require().id());
        return new ExportFile(fileName(plan, what, extension), contentType, out -> {
            readable(selection);
            audit.record(SUBJECT, plan.getId(), fileKey, plan.getCode(), () -> filters(selection));
            writer.write(Texts.of(locale, reader), out);
        });
    }

    /** Anyone signed in reads the dashboard; a selection without a plan has nothing to export. */
    private static Plan readable(DashboardSelection selection) {
        CurrentUser.require();
        if (selection == null || selection.plan() == null) {
            throw new IllegalArgumentException("an export needs a plan");
        }
        return selection.plan();
    }

    private String fileName(Plan plan, String what, String extension) {
        return plan.getCode() + "-" + what + "-" + Texts.fileDate(clock.instant(), plan.zone()) + "." + extension;
    }

    /** The filters, as the audit log and the report's header say them (English codes in the audit log). */
    static String filters(DashboardSelection selection) {
        Map<String, String> parameters = selection.parameters();
        return parameters.toString();
    }

    // ---- PDF

    void writeReport(DashboardSelection selection, Texts texts, OutputStream out) {
        DashboardSnapshot snapshot = dashboard.snapshot(selection);
        ComplianceFilter filter = selection.filter();
        Instant now = clock.instant();
        try (Pdf pdf = new Pdf(out, texts.get("export.report.title") + " · " + selection.plan().getCode() + " · "
                + texts.get("export.generated") + " " + texts.generated(now), texts.get("export.page"))) {
            pdf.title(texts.get("export.report.title"));
            pdf.text(selection.plan().getCode() + " · " + selection.plan().getTitle());
            pdf.facts(header(selection, snapshot, texts, now));
            recommendationFigures(pdf, selection, snapshot.recommendationFigures(), texts);
            pdf.heading(texts.get("export.report.summary"));
            pdf.facts(figures(snapshot.total(), texts).stream()
                    .map(f -> new String[] {f.get(0).toString(), f.get(1).toString()}).toList());
            pdf.note(texts.get("export.report.source"));
            charts(pdf, selection, snapshot, texts);

            pdf.heading(texts.get("export.report.recommendations"));
            Pdf.Rows recommendations = pdf.table(List.of(texts.get("export.column.recommendation"),
                    texts.get("export.column.title"), texts.get("export.column.status"), texts.get("export.column.lead"),
                    texts.get("export.column.milestones"), texts.get("export.column.progress"),
                    texts.get("export.column.worst")), 1.8f, 6, 2.2f, 1.2f, 1.2f, 1.2f, 2);
            for (RecommendationProgress r : snapshot.recommendations()) {
                recommendations.row(List.of(r.code(), r.title(), texts.of("status.", r.status()),
                        nullToEmpty(r.leadOrganisationCode()), String.valueOf(r.milestones()), r.progress() + " %",
                        texts.of("compliance.", r.worst())));
            }
            recommendations.end();

            long overdue = dashboard.countOverdue(filter);
            pdf.heading(texts.get("export.report.overdue", overdue));
            if (overdue == 0) {
                pdf.note(texts.get("export.report.overdue.none"));
            } else {
                Pdf.Rows rows = pdf.table(overdueHeaders(texts), 1.8f, 6, 1.2f, 1.3f, 1.6f, 1f, 1f);
                forEachOverdue(filter, row -> rows.row(overdueCells(row, texts).stream().map(c -> text(c, texts)).toList()));
                rows.end();
            }

            progressReports.missing(pdf, texts, selection.plan());

            pdf.heading(texts.get("export.report.slippage", snapshot.total().slipped()));
            if (snapshot.total().slipped() == 0) {
                pdf.note(texts.get("export.report.slippage.none"));
            } else {
                Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"),
                        texts.get("export.column.milestone"), texts.get("export.column.owner"),
                        texts.get("export.column.country"), texts.get("export.column.baseline"),
                        texts.get("export.column.current"), texts.get("export.column.days-moved"),
                        texts.get("export.column.compliance")), 1.8f, 5, 1.2f, 1.3f, 1.6f, 1.6f, 1f, 1.6f);
                forEachMilestone(filter, (m, names) -> {
                    if (m.slippageDays() != 0) {
                        rows.row(List.of(names.recommendation(m).code(), names.milestone(m).name(),
                                names.milestone(m).ownerCode(), country(m.countryIso2(), texts),
                                texts.date(m.baselineDue()), texts.date(m.currentDue()),
                                String.valueOf(m.slippageDays()), texts.of("compliance.", m.complianceStatus())));
                    }
                });
                rows.end();
            }
        }
    }

    /** The dashboard's charts as vector drawings: the status ring, the progress bars, the trend and its sentence. */
    private void charts(Pdf pdf, DashboardSelection selection, DashboardSnapshot snapshot, Texts texts) {
        pdf.heading(texts.get("dashboard.chart.title"));
        List<PdfCharts.Slice> slices = new ArrayList<>();
        for (ComplianceStatus status : List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK,
                ComplianceStatus.OVERDUE, ComplianceStatus.NOT_DUE_YET, ComplianceStatus.NOT_IMPLEMENTED)) {
            if (snapshot.count(status) > 0 || status != ComplianceStatus.NOT_IMPLEMENTED) {
                slices.add(new PdfCharts.Slice(texts.of("compliance.", status), snapshot.count(status), status));
            }
        }
        slices.add(3, new PdfCharts.Slice(texts.get("dashboard.card.COMPLETED"), snapshot.completed(),
                ComplianceStatus.COMPLETED_ON_TIME));
        pdf.drawing(420, PdfCharts.ringHeight(), canvas -> PdfCharts.ring(canvas, slices,
                snapshot.total().milestones(), texts.get("dashboard.chart.milestones")));

        List<RecommendationProgress> progress = snapshot.recommendations();
        if (!progress.isEmpty()) {
            pdf.heading(texts.get("dashboard.progress"));
            for (int from = 0; from < progress.size(); from += PdfCharts.PROGRESS_ROWS_PER_DRAWING) {
                List<RecommendationProgress> part = progress.subList(from,
                        Math.min(progress.size(), from + PdfCharts.PROGRESS_ROWS_PER_DRAWING));
                pdf.drawing(500, part.size() * 14f, canvas -> PdfCharts.progress(canvas, part, 500));
            }
        }

        PlanTrend trend = trends.trend(selection.plan());
        pdf.heading(texts.get("dashboard.trend.title"));
        pdf.text(TrendSummary.sentence(trend, texts::get));
        TrendLines lines = TrendLines.of(trend);
        List<String> months = lines.months().stream().map(t -> texts.month(t.month())).toList();
        pdf.drawing(2 * PdfCharts.TREND_WIDTH + 20, PdfCharts.TREND_HEIGHT + 16, canvas -> {
            canvas.saveState();
            canvas.concatCTM(1, 0, 0, 1, 0, 16);
            PdfCharts.trend(canvas, lines, TrendLines.Panel.RATES, "100 %", months::get);
            canvas.concatCTM(1, 0, 0, 1, PdfCharts.TREND_WIDTH + 20, 0);
            PdfCharts.trend(canvas, lines, TrendLines.Panel.MILESTONES, String.valueOf(lines.countTop()), months::get);
            canvas.restoreState();
            PdfCharts.trendLegend(canvas, Arrays.stream(TrendLines.Figure.values())
                    .map(f -> texts.of("trend.", f)).toList());
        });
        String from = texts.date(trend.from());
        String to = texts.date(trend.today());
        pdf.note(texts.get("dashboard.trend.rates", from, to) + " · "
                + texts.get("dashboard.trend.milestones", from, to, lines.countTop()));
        Pdf.Rows rows = pdf.table(List.of(texts.get("dashboard.trend.column.day"), texts.get("trend.IMPLEMENTATION_RATE"),
                texts.get("trend.ON_TIME_RATE"), texts.get("trend.OVERDUE"), texts.get("trend.COMPLETED"),
                texts.get("trend.PLANNED")), 2, 1.5f, 1.5f, 1, 1, 1);
        for (DayFigures day : trend.monthEnds()) {
            rows.row(List.of(texts.date(day.day()), rate(day.implementationRate(), texts), rate(day.onTimeRate(), texts),
                    String.valueOf(day.overdue()), String.valueOf(day.completed()), String.valueOf(day.planned())));
        }
        rows.end();
    }

    /** The dashboard's recommendation figures: both rates with what they count, then the same by lead organisation. */
    private void recommendationFigures(Pdf pdf, DashboardSelection selection, RecommendationFigures figures,
                                       Texts texts) {
        RecommendationFigures.Group total = figures.total();
        pdf.heading(texts.get("dashboard.recommendations.title"));
        pdf.facts(List.of(
                new String[] {texts.get("dashboard.recommendations.acceptance-rate"), rate(total.acceptanceRate(), texts)
                        + " · " + texts.get("dashboard.recommendations.acceptance-of", total.accepted(),
                        total.responded())},
                new String[] {texts.get("dashboard.recommendations.implementation-rate"),
                        rate(total.implementationRate(), texts) + " · " + texts.get(
                        "dashboard.recommendations.implementation-of", total.implemented(), total.accepted())}));
        Map<String, String> names = new HashMap<>();
        organisations.all().forEach(o -> names.put(o.getCode(), o.getName()));
        List<String> headers = new ArrayList<>();
        headers.add(texts.get("dashboard.recommendations.by.LEAD"));
        for (String column : List.of("recommendations", "responded", "accepted", "not-started", "in-progress",
                "implemented", "acceptance-rate", "implementation-rate")) {
            headers.add(texts.get("dashboard.recommendations.column." + column));
        }
        Pdf.Rows rows = pdf.table(headers, 4, 1.4f, 1.3f, 1.3f, 1.3f, 1.3f, 1.5f, 1.5f, 1.7f);
        for (RecommendationFigures.Group g : figures.byLead()) {
            rows.row(List.of(g.key() == null ? texts.get("dashboard.recommendations.none.LEAD")
                            : names.getOrDefault(g.key(), g.key()), String.valueOf(g.recommendations()),
                    String.valueOf(g.responded()), String.valueOf(g.accepted()), String.valueOf(g.notStarted()),
                    String.valueOf(g.inProgress()), String.valueOf(g.implemented()), rate(g.acceptanceRate(), texts),
                    rate(g.implementationRate(), texts)));
        }
        rows.end();
    }

    private static String rate(Optional<Integer> rate, Texts texts) {
        return rate.map(r -> r + " %").orElse(texts.get("dashboard.trend.none"));
    }

    private static List<String[]> header(DashboardSelection selection, DashboardSnapshot snapshot, Texts texts,
                                         Instant now) {
        List<String[]> header = new ArrayList<>();
        header.add(new String[] {texts.get("export.plan"), selection.plan().getCode()});
        header.add(new String[] {texts.get("export.generated"), texts.generated(now)});
        header.add(new String[] {texts.get("export.today"), texts.date(snapshot.today())});
        header.add(new String[] {texts.get("export.filters"), describeFilters(selection, texts)});
        return header;
    }

    static String describeFilters(DashboardSelection selection, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (selection.theme() != null) {
            parts.add(texts.get("label.value", texts.get("dashboard.filter.theme"), selection.theme()));
        }
        if (selection.level() != null) {
            parts.add(texts.get("label.value", texts.get("dashboard.filter.level"),
                    texts.of("level.", selection.level())));
        }
        if (selection.organisation() != null) {
            parts.add(texts.get("label.value", texts.get("dashboard.filter.org"), selection.organisation().getCode()
                    + " · " + selection.organisation().getName()));
        }
        if (selection.country() != null) {
            parts.add(texts.get("label.value", texts.get("dashboard.filter.country"),
                    country(selection.country(), texts)));
        }
        return parts.isEmpty() ? texts.get("export.filters.none") : String.join("; ", parts);
    }

    /** The summary figures as label and value (value: a number, or a text). */
    private static List<List<Object>> figures(RollUp total, Texts texts) {
        List<List<Object>> figures = new ArrayList<>();
        figures.add(List.of(texts.get("export.figure.milestones"), total.milestones()));
        for (ComplianceStatus status : List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK,
                ComplianceStatus.OVERDUE, ComplianceStatus.COMPLETED_ON_TIME, ComplianceStatus.COMPLETED_LATE,
                ComplianceStatus.NOT_DUE_YET, ComplianceStatus.NOT_IMPLEMENTED)) {
            figures.add(List.of(texts.of("compliance.", status), total.count(status)));
        }
        figures.add(List.of(texts.get("export.figure.progress") + " (%)", total.progress()));
        figures.add(List.of(texts.get("export.figure.on-time-rate") + " (%)",
                total.onTimeRate() == null ? "–" : total.onTimeRate()));
        figures.add(List.of(texts.get("export.figure.slipped"), total.slipped()));
        figures.add(List.of(texts.get("export.figure.slippage-days"), total.slippageDays()));
        return figures;
    }

    // ---- Workbook and CSV

    void writeWorkbook(DashboardSelection selection, Texts texts, OutputStream out) throws IOException {
        DashboardSnapshot snapshot = dashboard.snapshot(selection);
        try (Workbook workbook = new Workbook(texts)) {
            Table summary = workbook.sheet(texts.get("export.sheet.summary"), 44, 60);
            summary.header(List.of(texts.get("export.column.figure"), texts.get("export.column.value")));
            header(selection, snapshot, texts, clock.instant()).forEach(pair -> summary.row(List.of(pair[0], pair[1])));
            figures(snapshot.total(), texts).forEach(summary::row);
            recommendations(snapshot, texts, workbook.sheet(texts.get("export.sheet.recommendations"),
                    14, 60, 22, 10, 12, 12, 20, 12, 12, 12, 12, 12, 12, 12));
            milestones(selection.filter(), texts, workbook.sheet(texts.get("export.sheet.milestones"),
                    14, 50, 10, 12, 14, 14, 14, 14, 10, 20, 10, 18));
            Table overdue = workbook.sheet(texts.get("export.sheet.overdue"), 14, 50, 10, 12, 14, 10, 10);
            overdue.header(overdueHeaders(texts));
            forEachOverdue(selection.filter(), row -> overdue.row(overdueCells(row, texts)));
            workbook.write(out);
        }
    }

    private static void csv(OutputStream out, Texts texts, Consumer<Table> rows) throws IOException {
        CsvTableWriter table = new CsvTableWriter(out, texts);
        rows.accept(table);
        table.finish();
    }

    /** One row per recommendation the dashboard lists, with its figures and its milestones by compliance status. */
    static void recommendations(DashboardSnapshot snapshot, Texts texts, Table table) {
        List<String> headers = new ArrayList<>(List.of(texts.get("export.column.recommendation"),
                texts.get("export.column.title"), texts.get("export.column.status"), texts.get("export.column.lead"),
                texts.get("export.column.milestones"), texts.get("export.column.progress"),
                texts.get("export.column.worst")));
        for (ComplianceStatus status : ComplianceStatus.values()) {
            headers.add(texts.of("compliance.", status));
        }
        table.header(headers);
        for (RecommendationProgress r : snapshot.recommendations()) {
            List<Object> cells = new ArrayList<>(List.of(r.code(), r.title(), texts.of("status.", r.status()),
                    nullToEmpty(r.leadOrganisationCode()), r.milestones(), r.progress(),
                    StatusCell.of(r.worst(), texts)));
            for (ComplianceStatus status : ComplianceStatus.values()) {
                cells.add(r.byStatus().getOrDefault(status, 0L));
            }
            table.row(cells);
        }
    }

    /** Every milestone the filter selects, late first then by due date, with the person its open work is given to. */
    void milestones(ComplianceFilter filter, Texts texts, Table table) {
        table.header(List.of(texts.get("export.column.recommendation"), texts.get("export.column.milestone"),
                texts.get("export.column.owner"), texts.get("export.column.country"),
                texts.get("export.column.baseline"), texts.get("export.column.current"),
                texts.get("export.column.completed-on"), texts.get("export.column.reported"),
                texts.get("export.column.progress"), texts.get("export.column.compliance"),
                texts.get("export.column.days-moved"), texts.get("export.column.assignee")));
        forEachMilestone(filter, (m, names) -> table.row(java.util.Arrays.asList(names.recommendation(m).code(),
                names.milestone(m).name(), names.milestone(m).ownerCode(), country(m.countryIso2(), texts),
                m.baselineDue(), m.currentDue(), m.completedOn(), texts.of("reported.", m.reportedStatus()),
                m.progress(), StatusCell.of(m.complianceStatus(), texts), m.slippageDays(),
                names.assignee(m))));
    }

    private static List<String> overdueHeaders(Texts texts) {
        return List.of(texts.get("export.column.recommendation"), texts.get("export.column.milestone"),
                texts.get("export.column.owner"), texts.get("export.column.country"), texts.get("export.column.due"),
                texts.get("export.column.days-late"), texts.get("export.column.progress"));
    }

    static List<Object> overdueCells(DeadlineRow row, Texts texts) {
        return List.of(row.recommendationCode(), row.milestoneName(), row.ownerOrganisationCode(),
                country(row.countryIso2(), texts), row.currentDue(), row.daysLate(), row.progress());
    }

    void forEachOverdue(ComplianceFilter filter, Consumer<DeadlineRow> action) {
        Page<DeadlineRow> page = dashboard.overdue(filter, PageRequest.of(0, PAGE));
        while (true) {
            page.forEach(action);
            if (!page.hasNext()) {
                return;
            }
            page = dashboard.overdue(filter, page.nextPageable());
        }
    }

    /** The names one page of read-model rows needs, read once per page. */
    record Names(Map<Long, RecommendationLabel> recommendations, Map<Long, MilestoneLabel> milestones,
                 Map<Long, String> assignees) {
        RecommendationLabel recommendation(MilestoneComplianceView m) {
            return recommendations.get(m.recommendationId());
        }

        MilestoneLabel milestone(MilestoneComplianceView m) {
            return milestones.get(m.milestoneId());
        }

        String assignee(MilestoneComplianceView m) {
            return assignees.get(m.milestoneId());
        }
    }

    interface MilestoneAction {
        void accept(MilestoneComplianceView milestone, Names names);
    }

    void forEachMilestone(ComplianceFilter filter, MilestoneAction action) {
        int number = 0;
        while (true) {
            Page<MilestoneComplianceView> page = compliance.milestones(filter, PageRequest.of(number++, PAGE));
            List<Long> ids = page.stream().map(MilestoneComplianceView::milestoneId).toList();
            Names names = new Names(
                    labels.recommendations(page.stream().map(MilestoneComplianceView::recommendationId).distinct()
                            .toList()),
                    labels.milestones(ids), work.workAssignees(ids));
            page.forEach(m -> action.accept(m, names));
            if (!page.hasNext()) {
                return;
            }
        }
    }

    static String country(String iso2, Texts texts) {
        return iso2 == null || DashboardSelection.REGIONAL.equals(iso2) ? texts.get("export.regional") : iso2;
    }

    private static String text(Object value, Texts texts) {
        if (value instanceof java.time.LocalDate date) {
            return texts.date(date);
        }
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
