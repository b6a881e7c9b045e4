package org.mixedmovements.tracker.planimport;

import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.ImportFile.Sheet;
import org.mixedmovements.tracker.planimport.ImportFile.SheetKind;
import org.mixedmovements.tracker.planimport.ImportPreview.Line;
import org.mixedmovements.tracker.planimport.ImportPreview.LineKind;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.recommendation.ImportedRecommendation;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan from its sheets: the plan (one row), its recommendations and, optionally, a draft implementation
 * plan per recommendation (milestone rows). Every row is checked before anything is written; any problem (with its
 * sheet, row and column) rejects the whole file, and the import is one transaction. A plan or recommendation whose
 * code exists already is kept as it is; milestones of a recommendation that has milestones already are kept too.
 *
 * <p>Imported milestones are a <em>proposed</em> implementation plan (docs/user-guide.md, "Import a plan"): they wait
 * for the lead organisation's "draft the plan" task, which starts from them, and count only once the lead submitted
 * them and the working group approved them through the usual process. Nothing here touches the process engine.
 */
@Service
public class PlanImportService {

    static final List<String> PLAN_COLUMNS = Columns.PLAN;
    static final List<String> RECOMMENDATION_COLUMNS = Columns.RECOMMENDATIONS;
    static final int MAX_MILESTONES = 100;
    static final int MAX_TITLE = 300;
    private static final int PROGRESS_EVERY = 25;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Panama");
    private static final Set<String> YES = Set.of("YES", "Y", "TRUE", "1", "X", "SI", "S", "VERDADERO");
    private static final Set<String> NO = Set.of("", "NO", "N", "FALSE", "0", "FALSO");
    private static final Map<String, String> SPANISH_VALUES = Map.of(
            "POLITICO_ESTRATEGICO", "POLITICAL_STRATEGIC", "POLITICA_ESTRATEGICA", "POLITICAL_STRATEGIC",
            "OPERATIVO", "OPERATIONAL", "OPERACIONAL", "OPERATIONAL", "AMBOS", "BOTH", "AMBAS", "BOTH",
            "NACIONAL", "NATIONAL", "REGIONAL_Y_NACIONAL", "REGIONAL_AND_NATIONAL");

    /** What an import did. */
    public record Result(Long planId, String planCode, boolean planCreated, int recommendationsCreated,
                         int recommendationsKept, int milestonesCreated, int milestonesKept) {
    }

    private record PlanRow(String code, String title, String source, LocalDate publishedOn, String languages,
                           ZoneId zone) {
    }

    private record RecommendationLine(Sheet sheet, int row, ImportedRecommendation recommendation, boolean create,
                                      List<ContentTranslationService.Translation> translations, boolean unofficial) {
    }

    private record MilestoneLine(Sheet sheet, int row, String recommendationCode, MilestoneDraft draft,
                                 String ownerCode, boolean create, List<String> dependsOn,
                                 List<ContentTranslationService.Translation> translations, boolean unofficial) {
    }

    /** A row's translations (its translation columns that are not empty) and whether they are unofficial. */
    private record RowTranslations(List<ContentTranslationService.Translation> translations, boolean unofficial) {
    }

    /** A recommendation milestone rows may name: from the file or already in the plan. */
    private record Target(Long id, Scope scope, List<String> countries, RecommendationStatus status, boolean fromFile) {
    }

    /**
     * @param waitsFor each milestone line (by its index in {@code milestones}) to the lines it waits for
     */
    private record Checked(PlanRow plan, Optional<Plan> existing, List<RecommendationLine> recommendations,
                           List<MilestoneLine> milestones, Map<Integer, List<Integer>> waitsFor) {
    }

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final ImplementationPlanService implementationPlans;
    private final OrganisationService organisations;
    private final ImportFileReader reader;
    private final AuditLog audit;
    private final ContentTranslationService translations;
    private final MilestoneQueries milestones;
    private final Clock clock;

    PlanImportService(PlanService plans, RecommendationService recommendations,
                 ImplementationPlanService implementationPlans, OrganisationService organisations,
                 ImportFileReader reader, AuditLog audit, ContentTranslationService translations,
                 MilestoneQueries milestones, Clock clock) {
        this.translations = translations;
        this.milestones = milestones;
        this.plans = plans;
        this.recommendations = recommendations;
        this.implementationPlans = implementationPlans;
        this.organisations = organisations;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return reader.maxBytes();
    }

    /** The most data rows (all sheets together) one import may have. */
    public int maxRows() {
        return reader.maxRows();
    }

    /**
     * The plan shipped with the product, and test plans: a plan sheet and a recommendations sheet read by the
     * application itself (no user is signed in on start-up).
     */
    @Transactional
    public Result importPlan(CsvTable planSheet, CsvTable recommendationSheet) {
        return write(new ImportFile(List.of(ImportFileReader.sheet("plan", planSheet),
                ImportFileReader.sheet("recommendations", recommendationSheet))), ImportProgress.NONE);
    }

    /** Reads the uploaded files (secretariat or administrator); refuses with every problem of the files. */
    public ImportFile read(List<UploadedFile> files) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        return reader.read(files);
    }

    /** What importing the file would do, or every problem in it; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportFile file, ImportProgress progress) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Checked checked = check(file, progress);
        List<Line> lines = new ArrayList<>();
        for (RecommendationLine r : checked.recommendations()) {
            lines.add(new Line(r.sheet().name(), r.row(), LineKind.RECOMMENDATION, r.recommendation().code(),
                    r.recommendation().title(), r.recommendation().theme(), r.create()));
        }
        for (MilestoneLine m : checked.milestones()) {
            lines.add(new Line(m.sheet().name(), m.row(), LineKind.MILESTONE, m.recommendationCode(), m.draft().name(),
                    m.ownerCode() + (m.draft().countryIso2() == null ? "" : " · " + m.draft().countryIso2()) + " · "
                            + m.draft().dueDate(), m.create()));
        }
        return new ImportPreview(checked.plan().code(), checked.plan().title(), checked.existing().isPresent(), lines);
    }

    /** Imports the file whole, checking it again first, or nothing at all (secretariat or administrator). */
    @Transactional
    public Result importFile(ImportFile file, ImportProgress progress) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Result result = write(file, progress);
        audit.record("PLAN_IMPORTED", "plan", result.planId(), AuditDetails.of("audit.details.plan-imported",
                        result.planCode(), file.sheets().stream().map(Sheet::name).collect(Collectors.joining(", ")),
                        result.recommendationsCreated(), result.recommendationsKept(), result.milestonesCreated(),
                        result.milestonesKept()),
                result.toString());
        return result;
    }

    private Result write(ImportFile file, ImportProgress progress) {
        Checked checked = check(file, progress);
        PlanRow row = checked.plan();
        Plan plan = plans.createIfAbsent(row.code(), row.title(), row.source(), row.publishedOn(), row.languages(),
                row.zone());
        int total = checked.recommendations().size() + checked.milestones().size();
        int done = 0;
        int created = 0;
        for (RecommendationLine r : checked.recommendations()) {
            if (r.create() && recommendations.importIfAbsent(plan.getId(), r.recommendation())) {
                created++;
            }
            tell(progress, "import.progress.writing", ++done, total);
        }
        Map<String, Long> ids = recommendations.list(plan.getId()).stream()
                .collect(Collectors.toMap(RecommendationSummary::code, RecommendationSummary::id));
        for (RecommendationLine r : checked.recommendations()) {
            if (!r.translations().isEmpty()) {
                translations.importIfAbsent(ids.get(r.recommendation().code()), r.translations(), r.unofficial());
            }
        }
        // each created line's place in its recommendation's draft, where dependencies within the draft name it
        Map<String, List<Integer>> drafted = new LinkedHashMap<>();
        Map<Integer, Integer> position = new HashMap<>();
        int milestonesCreated = 0;
        for (int i = 0; i < checked.milestones().size(); i++) {
            MilestoneLine m = checked.milestones().get(i);
            if (m.create()) {
                List<Integer> lines = drafted.computeIfAbsent(m.recommendationCode(), c -> new ArrayList<>());
                lines.add(i);
                position.put(i, lines.size());
                milestonesCreated++;
            }
        }
        Map<Integer, Long> savedIds = new HashMap<>();
        for (Map.Entry<String, List<Integer>> draft : drafted.entrySet()) {
            List<MilestoneDraft> rows = draft.getValue().stream().map(i -> checked.milestones().get(i).draft()
                    .waitingFor(checked.waitsFor().getOrDefault(i, List.of()).stream()
                            .filter(p -> checked.milestones().get(p).recommendationCode().equals(draft.getKey()))
                            .map(p -> Predecessor.row(position.get(p))).toList())).toList();
            List<Long> saved = implementationPlans.importDraft(ids.get(draft.getKey()), rows);
            for (int k = 0; k < saved.size(); k++) {
                savedIds.put(draft.getValue().get(k), saved.get(k));
            }
            done += rows.size();
            tell(progress, "import.progress.writing", done, total);
        }
        Map<Long, List<Long>> across = new LinkedHashMap<>();
        checked.waitsFor().forEach((line, predecessors) -> predecessors.stream()
                .filter(p -> !checked.milestones().get(p).recommendationCode()
                        .equals(checked.milestones().get(line).recommendationCode()))
                .forEach(p -> across.computeIfAbsent(savedIds.get(line), k -> new ArrayList<>()).add(savedIds.get(p))));
        if (!across.isEmpty()) {
            implementationPlans.importDependencies(across);
        }
        translateMilestones(checked.milestones(), savedIds, ids);
        progress.at("import.progress.writing", total, total);
        return new Result(plan.getId(), row.code(), checked.existing().isEmpty(), created,
                checked.recommendations().size() - created, milestonesCreated,
                checked.milestones().size() - milestonesCreated);
    }

    /**
     * The milestones' names in other languages: a created milestone's from its row; a kept one's (its recommendation
     * had milestones already) where the row names one milestone of the recommendation, so that importing the file
     * again with translation columns adds them. Like the recommendations' translations, never replacing one.
     */
    private void translateMilestones(List<MilestoneLine> lines, Map<Integer, Long> savedIds, Map<String, Long> ids) {
        Map<String, List<Milestone>> kept = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            MilestoneLine m = lines.get(i);
            if (m.translations().isEmpty()) {
                continue;
            }
            Long id = savedIds.get(i);
            if (id == null) {
                String name = m.draft().name();
                List<Milestone> named = kept.computeIfAbsent(m.recommendationCode(),
                        code -> milestones.ofRecommendation(ids.get(code))).stream()
                        .filter(existing -> existing.getName().equalsIgnoreCase(name)).toList();
                id = named.size() == 1 ? named.get(0).getId() : null;
            }
            if (id != null) {
                translations.importIfAbsent(id, m.translations(), m.unofficial());
            }
        }
    }

    private static void tell(ImportProgress progress, String step, int done, int total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.at(step, done, total);
        }
    }

    private Checked check(ImportFile file, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Sheet> planSheet = file.sheet(SheetKind.PLAN);
        Optional<Sheet> recommendationSheet = file.sheet(SheetKind.RECOMMENDATIONS);
        Optional<Sheet> milestoneSheet = file.sheet(SheetKind.MILESTONES);
        if (planSheet.isEmpty()) {
            problems.add(new ImportProblem(null, null, null, "import.error.missing-plan-sheet"));
        }
        if (recommendationSheet.isEmpty() && milestoneSheet.isEmpty()) {
            problems.add(new ImportProblem(null, null, null, "import.error.missing-rows-sheet"));
        }
        for (Sheet sheet : file.sheets()) {
            List<String> missing = sheet.table().missing(Columns.required(sheet.kind()));
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(sheet.name(), null, null, "import.error.missing-columns",
                        String.join(", ", missing)));
            }
        }
        if (planSheet.isPresent() && planSheet.get().table().rows().size() != 1) {
            problems.add(new ImportProblem(planSheet.get().name(), null, null, "import.error.one-plan-row",
                    planSheet.get().table().rows().size()));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        Sheet sheet = planSheet.orElseThrow();
        PlanRow plan = plan(sheet, problems);
        Optional<Plan> existing = plan.code().isEmpty() ? Optional.empty() : plans.findByCode(plan.code());
        // the language the plan's texts are written in: translations are into the others
        Locale original = existing.map(Plan::originalLanguage).orElse(Plan.originalLanguage(plan.languages()));
        ZoneId zone = existing.map(Plan::zone).orElse(plan.zone() == null ? DEFAULT_ZONE : plan.zone());
        Map<String, RecommendationSummary> inPlan = existing
                .map(p -> recommendations.list(p.getId()).stream()
                        .collect(Collectors.toMap(RecommendationSummary::code, Function.identity())))
                .orElse(Map.of());
        Set<String> countries = organisations.countries().stream().map(Country::getIso2)
                .map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        int total = file.rowCount() - 1;
        int[] done = {0};
        ImportProgress counted = (step, ignored, all) -> progress.at(step, done[0], total);
        List<RecommendationLine> recommendationLines = recommendationSheet
                .map(s -> recommendations(s, inPlan.keySet(), countries, original, problems, counted, done))
                .orElse(List.of());
        if (recommendationSheet.isPresent() && recommendationLines.isEmpty()) {
            problems.add(new ImportProblem(recommendationSheet.get().name(), null, null,
                    "import.error.no-recommendations"));
        }
        List<MilestoneLine> milestoneLines = milestoneSheet
                .map(s -> milestones(s, targets(recommendationLines, inPlan), countries, LocalDate.now(clock.withZone(zone)),
                        original, problems, counted, done))
                .orElse(List.of());
        Map<Integer, List<Integer>> waitsFor = MilestoneReferences.resolve(milestoneLines.stream()
                .map(m -> new MilestoneReferences.Line(m.sheet(), m.row(), m.recommendationCode(), m.draft().name(),
                        m.create(), m.dependsOn())).toList(), problems);
        progress.at("import.progress.checking", total, total);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return new Checked(plan, existing, recommendationLines, milestoneLines, waitsFor);
    }

    private PlanRow plan(Sheet sheet, List<ImportProblem> problems) {
        CsvTable.Row row = sheet.table().rows().get(0);
        String code = required(sheet, row, "code", problems);
        tooLong(sheet, row, "code", code, 40, problems);
        String title = required(sheet, row, "title", problems);
        tooLong(sheet, row, "title", title, problems);
        tooLong(sheet, row, "source", row.get("source"), 500, problems);
        tooLong(sheet, row, "languages", row.get("languages"), 40, problems);
        LocalDate publishedOn = date(sheet, row, "published_on", problems);
        String zoneText = row.get("time_zone");
        ZoneId zone = DEFAULT_ZONE;
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(at(sheet, row, "time_zone", "import.error.time-zone", zoneText));
                zone = null;
            }
        }
        return new PlanRow(code, title, emptyToNull(row.get("source")), publishedOn,
                emptyToNull(row.get("languages")), zone);
    }

    private List<RecommendationLine> recommendations(Sheet sheet, Set<String> inPlan, Set<String> countries,
                                                     Locale original, List<ImportProblem> problems,
                                                     ImportProgress progress, int[] done) {
        List<RecommendationLine> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        // codes are unique without regard to case: E1 and e1 would be two recommendations nobody can tell apart
        Set<String> folded = new HashSet<>();
        Map<String, String> inPlanFolded = inPlan.stream()
                .collect(Collectors.toMap(c -> c.toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        int position = inPlan.size();
        Map<String, TranslationColumns.Column> translated = TranslationColumns.of(sheet, original, problems);
        for (CsvTable.Row row : sheet.table().rows()) {
            String code = required(sheet, row, "code", problems);
            String upper = code.toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !folded.add(upper)) {
                problems.add(at(sheet, row, "code", "import.error.duplicate-code", code));
            } else if (!code.isEmpty() && inPlanFolded.containsKey(upper) && !inPlan.contains(code)) {
                problems.add(at(sheet, row, "code", "import.error.duplicate-code", inPlanFolded.get(upper)));
            }
            codes.add(code);
            tooLong(sheet, row, "code", code, 20, problems);
            String title = required(sheet, row, "title", problems);
            tooLong(sheet, row, "title", title, problems);
            String fullText = required(sheet, row, "full_text", problems);
            tooLong(sheet, row, "full_text", fullText, 10000, problems);
            String theme = required(sheet, row, "theme", problems);
            tooLong(sheet, row, "theme", theme, 100, problems);
            CoordinationLevel level = enumValue(CoordinationLevel.class, sheet, row, "coordination_level", problems);
            Scope scope = enumValue(Scope.class, sheet, row, "scope", problems);
            List<String> rowCountries = list(row.get("countries")).stream()
                    .map(c -> c.toUpperCase(Locale.ROOT)).toList();
            for (String country : rowCountries) {
                if (!countries.contains(country)) {
                    problems.add(at(sheet, row, "countries", "import.error.unknown-country", country));
                }
            }
            List<String> dependsOn = list(row.get("depends_on"));
            for (String dependency : dependsOn) {
                if (!(codes.contains(dependency) && !dependency.equals(code)) && !inPlan.contains(dependency)) {
                    problems.add(at(sheet, row, "depends_on", "import.error.unknown-dependency", dependency));
                }
            }
            boolean create = !inPlan.contains(code);
            if (create) {
                position++;
            }
            RowTranslations rowTranslations = translations(sheet, row, translated, problems);
            result.add(new RecommendationLine(sheet, row.number(), new ImportedRecommendation(code, position, title,
                    fullText, theme, level, scope, rowCountries, dependsOn), create, rowTranslations.translations(),
                    rowTranslations.unofficial()));
            done[0]++;
            tell(progress, "import.progress.checking", done[0], 0);
        }
        return result;
    }

    /** The row's translations, each checked like the text it translates, and its yes/no for unofficial ones. */
    private static RowTranslations translations(Sheet sheet, CsvTable.Row row,
                                                Map<String, TranslationColumns.Column> translated,
                                                List<ImportProblem> problems) {
        List<ContentTranslationService.Translation> texts = new ArrayList<>();
        translated.forEach((column, t) -> {
            String value = row.get(column);
            if (!value.isBlank()) {
                tooLong(sheet, row, column, value, t.field().max(), problems);
                texts.add(new ContentTranslationService.Translation(t.field(), t.language(),
                        InputPolicy.normalise(value)));
            }
        });
        String unofficial = Columns.constant(row.get(TranslationColumns.UNOFFICIAL));
        if (!YES.contains(unofficial) && !NO.contains(unofficial)) {
            problems.add(at(sheet, row, TranslationColumns.UNOFFICIAL, "import.error.yes-no",
                    row.get(TranslationColumns.UNOFFICIAL)));
        }
        return new RowTranslations(texts, YES.contains(unofficial));
    }

    private Map<String, Target> targets(List<RecommendationLine> lines, Map<String, RecommendationSummary> inPlan) {
        Map<String, Target> targets = new HashMap<>();
        inPlan.forEach((code, r) -> targets.put(code, new Target(r.id(), r.scope(), null, r.status(), false)));
        for (RecommendationLine line : lines) {
            ImportedRecommendation r = line.recommendation();
            targets.putIfAbsent(r.code(), new Target(null, r.scope(), r.countries(), RecommendationStatus.NEW, true));
        }
        return targets;
    }

    private List<MilestoneLine> milestones(Sheet sheet, Map<String, Target> targets, Set<String> countries,
                                           LocalDate today, Locale original, List<ImportProblem> problems,
                                           ImportProgress progress, int[] done) {
        Map<String, Organisation> owners = organisations.all().stream()
                .collect(Collectors.toMap(o -> o.getCode().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Map<String, Boolean> keep = new HashMap<>();
        Map<String, List<String>> countriesOf = new HashMap<>();
        Map<String, Integer> perRecommendation = new HashMap<>();
        List<MilestoneLine> result = new ArrayList<>();
        Map<String, TranslationColumns.Column> translated = TranslationColumns.of(sheet, original, problems);
        for (CsvTable.Row row : sheet.table().rows()) {
            done[0]++;
            tell(progress, "import.progress.checking", done[0], 0);
            String code = required(sheet, row, "recommendation", problems);
            Target target = code.isEmpty() ? null : targets.get(code);
            boolean create = true;
            if (!code.isEmpty() && target == null) {
                problems.add(at(sheet, row, "recommendation", "import.error.unknown-recommendation", code));
            } else if (target != null && !target.fromFile()) {
                create = !keep.computeIfAbsent(code, c -> implementationPlans.hasMilestones(target.id()));
                if (create && !target.status().allowsDraftImport()) {
                    problems.add(at(sheet, row, "recommendation", "import.error.milestones-too-late", code,
                            target.status()));
                }
            }
            String title = required(sheet, row, "title", problems);
            tooLong(sheet, row, "title", title, problems);
            String ownerCode = required(sheet, row, "owner", problems).toUpperCase(Locale.ROOT);
            Organisation owner = ownerCode.isEmpty() ? null : owners.get(ownerCode);
            if (!ownerCode.isEmpty() && owner == null) {
                problems.add(at(sheet, row, "owner", "import.error.unknown-organisation", ownerCode));
            }
            String country = emptyToNull(row.get("country").toUpperCase(Locale.ROOT));
            if (country != null && !countries.contains(country)) {
                problems.add(at(sheet, row, "country", "import.error.unknown-country", country));
            } else if (target != null) {
                List<String> listed = target.countries() != null ? target.countries()
                        : countriesOf.computeIfAbsent(code, c -> recommendations.details(target.id()).countries());
                if (target.scope() == Scope.NATIONAL && !listed.isEmpty()
                        && (country == null || !listed.contains(country))) {
                    problems.add(at(sheet, row, "country", "import.error.country-not-listed",
                            String.join(", ", listed.stream().sorted().toList())));
                } else if (target.scope() == Scope.REGIONAL && country != null) {
                    problems.add(at(sheet, row, "country", "plan.error.regional-has-no-country"));
                }
            }
            LocalDate start = date(sheet, row, "planned_start", problems);
            LocalDate due = date(sheet, row, "due_date", problems);
            if (due == null && row.get("due_date").isEmpty()) {
                problems.add(at(sheet, row, "due_date", "validation.required"));
            } else if (due != null && create && due.isBefore(today)) {
                problems.add(at(sheet, row, "due_date", "plan.error.due-in-past", due));
            } else if (due != null && start != null && start.isAfter(due)) {
                problems.add(at(sheet, row, "planned_start", "plan.error.start-after-due"));
            }
            String evidence = Columns.constant(row.get("evidence_required"));
            if (!YES.contains(evidence) && !NO.contains(evidence)) {
                problems.add(at(sheet, row, "evidence_required", "import.error.yes-no", row.get("evidence_required")));
            }
            if (!code.isEmpty() && create && perRecommendation.merge(code, 1, Integer::sum) == MAX_MILESTONES + 1) {
                problems.add(at(sheet, row, "recommendation", "plan.error.too-many", MAX_MILESTONES));
            }
            RowTranslations names = translations(sheet, row, translated, problems);
            result.add(new MilestoneLine(sheet, row.number(), code, new MilestoneDraft(title,
                    owner == null ? null : owner.getId(), country, start, due, YES.contains(evidence)),
                    owner == null ? ownerCode : owner.getCode(), create, list(row.get("depends_on")),
                    names.translations(), names.unofficial()));
        }
        if (result.isEmpty()) {
            problems.add(new ImportProblem(sheet.name(), null, null, "import.error.no-milestones"));
        }
        return result;
    }

    private static ImportProblem at(Sheet sheet, CsvTable.Row row, String column, String key, Object... arguments) {
        return new ImportProblem(sheet.name(), row.number(), sheet.header(column), key, arguments);
    }

    private static String required(Sheet sheet, CsvTable.Row row, String column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(at(sheet, row, column, "validation.required"));
        }
        return value;
    }

    private static void tooLong(Sheet sheet, CsvTable.Row row, String column, String value,
                                List<ImportProblem> problems) {
        tooLong(sheet, row, column, value, MAX_TITLE, problems);
    }

    /** Longer than the database keeps: said as a problem of the row rather than failing the import. */
    private static void tooLong(Sheet sheet, CsvTable.Row row, String column, String value, int max,
                                List<ImportProblem> problems) {
        InputPolicy.problem(column, row.number(), value, max)
                .ifPresent(p -> problems.add(at(sheet, row, column, p.messageKey(), p.arguments())));
    }

    /** ISO (2024-07-16) or day first (16/07/2024, 16.7.2024, 16-07-2024), as Spanish and English sheets write them. */
    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException iso) {
            return LocalDate.parse(value.replace('.', '/').replace('-', '/'), DAY_FIRST);
        }
    }

    private static LocalDate date(Sheet sheet, CsvTable.Row row, String column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add(at(sheet, row, column, "import.error.date", value));
            return null;
        }
        if (!InputPolicy.inRange(date)) {
            problems.add(at(sheet, row, column, "validation.date-range", InputPolicy.FIRST_DATE.toString(),
                    InputPolicy.LAST_DATE.toString()));
            return null;
        }
        return date;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Sheet sheet, CsvTable.Row row, String column,
                                                   List<ImportProblem> problems) {
        String written = Columns.constant(row.get(column));
        String value = SPANISH_VALUES.getOrDefault(written, written);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(at(sheet, row, column, "import.error.value", row.get(column),
                    Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[;,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
