package org.mixedmovements.tracker.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.springframework.stereotype.Component;

/**
 * The progress reports in the PDF files: the reports missing after their due date (compliance report and meeting pack)
 * and the reports submitted since the last meeting (meeting pack), of one plan or of every plan.
 */
@Component
class ProgressReportSections {

    private final ProgressReportQueries reports;
    private final PlanService plans;

    ProgressReportSections(ProgressReportQueries reports, PlanService plans) {
        this.reports = reports;
        this.plans = plans;
    }

    /** The missing reports: who owes which report, for which period, due when, and whether it was escalated. */
    void missing(Pdf pdf, Texts texts, Plan plan) {
        List<ProgressReportRow> missing = new ArrayList<>();
        for (Plan p : scope(plan)) {
            missing.addAll(reports.missing(p.getId()));
        }
        if (heading(pdf, texts, "export.reports.missing", missing.size())) {
            return;
        }
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.lead"),
                texts.get("export.column.period"), texts.get("export.column.due"),
                texts.get("export.column.escalated")), 1.8f, 4, 2f, 1.6f, 1.4f);
        for (ProgressReportRow r : missing) {
            rows.row(List.of(r.recommendationCode(), r.organisationCode() + " · " + r.organisationName(),
                    period(r, texts), texts.date(r.dueDate()), texts.get(r.escalated() ? "export.yes" : "export.no")));
        }
        rows.end();
    }

    /** The reports submitted since that moment, with what they say. */
    void submittedSince(Pdf pdf, Texts texts, Plan plan, Instant since) {
        List<ProgressReportRow> submitted = new ArrayList<>();
        for (Plan p : scope(plan)) {
            submitted.addAll(reports.submittedSince(p.getId(), since));
        }
        if (heading(pdf, texts, "export.reports.submitted", submitted.size())) {
            return;
        }
        Pdf.Rows rows = pdf.table(List.of(texts.get("export.column.recommendation"), texts.get("export.column.lead"),
                texts.get("export.column.period"), texts.get("export.column.submitted"),
                texts.get("export.column.progress"), texts.get("export.column.report")), 1.8f, 1.4f, 1.6f, 1.6f, 1f, 7);
        for (ProgressReportRow r : submitted) {
            rows.row(List.of(r.recommendationCode(), r.organisationCode(), period(r, texts),
                    texts.date(r.submittedOn()) + (r.submittedLate() ? " (" + texts.get("export.late") + ")" : ""),
                    r.progress() + " %", content(r, texts)));
        }
        rows.end();
    }

    /** The section's heading with its count; with nothing to list, the note {@code <key>.none}: returns true then. */
    private static boolean heading(Pdf pdf, Texts texts, String key, int count) {
        pdf.heading(texts.get(key, count));
        if (count == 0) {
            pdf.note(texts.get(key + ".none"));
        }
        return count == 0;
    }

    private static String content(ProgressReportRow r, Texts texts) {
        StringBuilder text = new StringBuilder(r.narrative());
        if (r.obstacles() != null) {
            text.append('\n').append(texts.get("field.obstacles")).append(": ").append(r.obstacles());
        }
        text.append('\n').append(texts.get("field.nextSteps")).append(": ").append(r.nextSteps());
        if (r.evidenceLink() != null) {
            text.append('\n').append(r.evidenceLink());
        }
        return text.toString();
    }

    static String period(ProgressReportRow r, Texts texts) {
        return texts.get(r.period().labelKey(), r.periodLabelArguments());
    }

    private List<Plan> scope(Plan plan) {
        return plan == null ? plans.all() : List.of(plan);
    }
}
