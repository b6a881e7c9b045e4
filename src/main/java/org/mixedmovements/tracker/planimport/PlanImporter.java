package org.mixedmovements.tracker.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.ImportedRecommendation;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan from its two sheets. Every row is checked before anything is written; any problem (with its row and
 * column) rejects the whole file. A plan or recommendation whose code exists already is kept as it is.
 */
@Service
public class PlanImporter {

    static final List<String> PLAN_COLUMNS = List.of("code", "title", "source", "published_on", "languages", "time_zone");
    static final List<String> RECOMMENDATION_COLUMNS =
            List.of("code", "title", "theme", "coordination_level", "scope", "countries", "depends_on", "full_text");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What an import did. */
    public record Result(String planCode, boolean planCreated, int recommendationsCreated, int recommendationsKept) {
    }

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final OrganisationService organisations;

    PlanImporter(PlanService plans, RecommendationService recommendations, OrganisationService organisations) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.organisations = organisations;
    }

    @Transactional
    public Result importPlan(CsvTable planSheet, CsvTable recommendationSheet) {
        requireColumns(planSheet, PLAN_COLUMNS, "plan");
        requireColumns(recommendationSheet, RECOMMENDATION_COLUMNS, "recommendations");
        if (planSheet.rows().size() != 1) {
            throw InvalidInputException.of("plan", "import.error.one-plan-row", planSheet.rows().size());
        }
        List<Problem> problems = new ArrayList<>();
        CsvTable.Row planRow = planSheet.rows().get(0);
        String planCode = required(planRow, "code", problems);
        String planTitle = required(planRow, "title", problems);
        LocalDate publishedOn = date(planRow, "published_on", problems);
        ZoneId zone = zone(planRow, problems);
        List<ImportedRecommendation> rows = recommendations(recommendationSheet, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean planExisted = plans.findByCode(planCode).isPresent();
        Plan plan = plans.createIfAbsent(planCode, planTitle, planRow.get("source"), publishedOn,
                planRow.get("languages"), zone);
        int created = 0;
        for (ImportedRecommendation r : rows) {
            if (recommendations.importIfAbsent(plan.getId(), r)) {
                created++;
            }
        }
        return new Result(planCode, !planExisted, created, rows.size() - created);
    }

    private List<ImportedRecommendation> recommendations(CsvTable sheet, List<Problem> problems) {
        List<ImportedRecommendation> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int position = 0;
        for (CsvTable.Row row : sheet.rows()) {
            position++;
            String code = required(row, "code", problems);
            if (!code.isEmpty() && !codes.add(code)) {
                problems.add(Problem.atRow(row.number(), "code", "import.error.duplicate-code", code));
            }
            String title = required(row, "title", problems);
            String fullText = required(row, "full_text", problems);
            String theme = required(row, "theme", problems);
            CoordinationLevel level = enumValue(CoordinationLevel.class, row, "coordination_level", problems);
            Scope scope = enumValue(Scope.class, row, "scope", problems);
            List<String> countries = list(row.get("countries")).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            for (String country : countries) {
                if (!organisations.countryExists(country)) {
                    problems.add(Problem.atRow(row.number(), "countries", "import.error.unknown-country", country));
                }
            }
            List<String> dependsOn = list(row.get("depends_on"));
            for (String dependency : dependsOn) {
                if (!codes.contains(dependency)) {
                    problems.add(Problem.atRow(row.number(), "depends_on", "import.error.unknown-dependency", dependency));
                }
            }
            result.add(new ImportedRecommendation(code, position, title, fullText, theme, level, scope, countries,
                    dependsOn));
        }
        if (result.isEmpty()) {
            problems.add(Problem.of("recommendations", "import.error.no-recommendations"));
        }
        return result;
    }

    private static void requireColumns(CsvTable table, List<String> columns, String sheet) {
        List<String> missing = table.missing(columns);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(sheet, "import.error.missing-columns", String.join(", ", missing));
        }
    }

    private static String required(CsvTable.Row row, String column, List<Problem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(Problem.atRow(row.number(), column, "validation.required"));
        }
        return value;
    }

    /** ISO (2024-07-16) or day first (16/07/2024), as Spanish and English spreadsheets write them. */
    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException iso) {
            return LocalDate.parse(value.replace('.', '/').replace('-', '/'), DAY_FIRST);
        }
    }

    private static LocalDate date(CsvTable.Row row, String column, List<Problem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.atRow(row.number(), column, "import.error.date", value));
            return null;
        }
    }

    private static ZoneId zone(CsvTable.Row row, List<Problem> problems) {
        String value = row.get("time_zone");
        if (value.isEmpty()) {
            return ZoneId.of("America/Panama");
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            problems.add(Problem.atRow(row.number(), "time_zone", "import.error.time-zone", value));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, CsvTable.Row row, String column,
                                                   List<Problem> problems) {
        String value = row.get(column).toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.atRow(row.number(), column, "import.error.value", row.get(column),
                    Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[;,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
