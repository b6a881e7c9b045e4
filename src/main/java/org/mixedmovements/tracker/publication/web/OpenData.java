package org.mixedmovements.tracker.publication.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.publication.PublicPlan;

/**
 * The public page's figures as open data, in the schema docs/open-data.md describes: codes that do not change with
 * the language (statuses, responses, dates in ISO 8601), beside labels in the language asked for, and the licence.
 * The CSV has one row per published recommendation; the JSON has the same and each one's milestones, the trend and,
 * where the plan shows them, the organisations' votes.
 */
final class OpenData {

    static final String SCHEMA_VERSION = "1";
    static final List<String> CSV_COLUMNS = List.of("plan_code", "recommendation_code", "title", "theme",
            "response", "response_label", "target_period", "lead_organisation_code", "lead_organisation", "status",
            "status_label", "progress_percent", "milestones", "milestones_due", "milestones_done",
            "milestones_overdue", "as_of", "licence");

    private OpenData() {
    }

    static String csv(PublicPlan plan, Locale language, String licence) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // spreadsheets read the accents
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(CSV_COLUMNS);
            for (PublicPlan.Recommendation r : plan.recommendations()) {
                List<Object> row = new ArrayList<>();
                row.add(plan.code());
                row.add(r.code());
                row.add(r.title());
                row.add(r.theme());
                row.add(r.response() == null ? "" : r.response().name());
                row.add(r.response() == null ? "" : Translations.text(language, "response." + r.response().name()));
                row.add(r.targetPeriod());
                row.add(r.leadCode());
                row.add(r.leadName());
                row.add(r.status().name());
                row.add(Translations.text(language, "status." + r.status().name()));
                row.add(r.progress().map(String::valueOf).orElse(""));
                row.add(r.milestones().size());
                row.add(r.due(plan.today()));
                row.add(r.done());
                row.add(r.overdue(plan.today()));
                row.add(plan.today().toString());
                row.add(licence);
                printer.printRecord(row.stream().map(OpenData::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String json(PublicPlan plan, Locale language, String licence, String address, ObjectMapper mapper) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "recommendation-tracker/public-plan");
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("licence", licence);
        root.put("language", language.getLanguage());
        root.put("source", address);
        root.put("asOf", plan.today().toString());
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("code", plan.code());
        head.put("title", plan.title());
        head.put("study", plan.source());
        head.put("studyPublishedOn", plan.studyPublishedOn() == null ? null : plan.studyPublishedOn().toString());
        head.put("showsVotes", plan.showsVotes());
        root.put("plan", head);
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (PublicPlan.Recommendation r : plan.recommendations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", r.code());
            item.put("title", r.title());
            item.put("theme", r.theme());
            item.put("response", r.response() == null ? null : r.response().name());
            item.put("responseLabel", r.response() == null ? null
                    : Translations.text(language, "response." + r.response().name()));
            item.put("targetPeriod", r.targetPeriod());
            item.put("leadOrganisation", r.leadCode() == null ? null
                    : Map.of("code", r.leadCode(), "name", r.leadName() == null ? r.leadCode() : r.leadName()));
            item.put("status", r.status().name());
            item.put("statusLabel", Translations.text(language, "status." + r.status().name()));
            item.put("progressPercent", r.progress().orElse(null));
            item.put("milestonesDue", r.due(plan.today()));
            item.put("milestonesDone", r.done());
            item.put("milestonesOverdue", r.overdue(plan.today()));
            List<Map<String, Object>> milestones = new ArrayList<>();
            for (PublicPlan.Milestone m : r.milestones()) {
                Map<String, Object> milestone = new LinkedHashMap<>();
                milestone.put("name", m.name());
                milestone.put("due", m.due().toString());
                milestone.put("completedOn", m.completedOn() == null ? null : m.completedOn().toString());
                milestone.put("progressPercent", m.done() ? 100 : m.progress());
                milestone.put("overdue", m.overdue(plan.today()));
                milestones.add(milestone);
            }
            item.put("milestones", milestones);
            if (plan.showsVotes()) {
                item.put("votes", r.votes().stream().map(v -> Map.of("organisationCode", v.organisationCode(),
                        "organisation", v.organisationName() == null ? v.organisationCode() : v.organisationName(),
                        "choice", v.choice().name())).toList());
            }
            recommendations.add(item);
        }
        root.put("recommendations", recommendations);
        List<Map<String, Object>> trend = new ArrayList<>();
        for (DayFigures day : plan.trend()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day.day().toString());
            row.put("accepted", day.accepted());
            row.put("implemented", day.implemented());
            row.put("implementationRatePercent", day.implementationRate().orElse(null));
            trend.add(row);
        }
        root.put("implementationTrend", trend);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text : text;
    }
}
