package org.mixedmovements.tracker.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.NationalRecommendation;
import org.mixedmovements.tracker.recommendation.RecommendationLookup;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures: counts, progress, deadline lists and the national matrix from the compliance read model,
 * names from the domain. Reads only: every signed-in user may look, nobody changes anything through it.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** How far ahead the list of coming deadlines looks, in days after today. */
    public static final int DUE_SOON_DAYS = 30;

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final ComplianceQueries compliance;
    private final DashboardQueries queries;
    private final RecommendationLookup lookup;
    private final OrganisationService organisations;
    private final Clock clock;

    DashboardService(PlanService plans, RecommendationService recommendations, ComplianceQueries compliance,
                     DashboardQueries queries, RecommendationLookup lookup, OrganisationService organisations,
                     Clock clock) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.compliance = compliance;
        this.queries = queries;
        this.lookup = lookup;
        this.organisations = organisations;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return plans.all();
    }

    /** The plan's figures, read from the compliance read model. */
    public DashboardFigures figures(Long planId) {
        Plan plan = plans.get(planId);
        ComplianceFilter filter = ComplianceFilter.plan(planId);
        RollUp total = compliance.total(filter);
        Map<Long, Integer> progress = compliance.rollUp(Dimension.RECOMMENDATION, filter).stream()
                .collect(Collectors.toMap(r -> Long.valueOf(r.key()), RollUp::progress));
        List<RecommendationSummary> summaries = recommendations.list(planId).stream()
                .map(r -> new RecommendationSummary(r.id(), r.planId(), r.code(), r.title(), r.theme(), r.level(),
                        r.scope(), r.status(), r.response(), r.leadOrganisationId(), r.leadOrganisationCode(), r.approvedMilestones(),
                        progress.getOrDefault(r.id(), 0)))
                .toList();
        return new DashboardFigures(plan.getId(), plan.getTitle(), total.byStatus(), total.milestones(), total.progress(),
                summaries);
    }

    /**
     * Reads a dashboard link's parameters (plan id or code, theme, level, organisation code, country code or
     * REGIONAL; any case). An unknown value is ignored and reported; without a known plan the first plan is shown.
     */
    public DashboardSelection select(Map<String, String> parameters) {
        List<DashboardSelection.Ignored> ignored = new ArrayList<>();
        List<Plan> all = plans.all();
        String planValue = value(parameters, DashboardSelection.PLAN);
        Plan plan = planValue == null ? null : all.stream()
                .filter(p -> String.valueOf(p.getId()).equals(planValue) || p.getCode().equalsIgnoreCase(planValue))
                .findFirst().orElse(null);
        if (planValue != null && plan == null) {
            ignored.add(new DashboardSelection.Ignored(DashboardSelection.PLAN, planValue));
        }
        if (plan == null && !all.isEmpty()) {
            plan = all.get(0);
        }
        List<String> themes = plan == null ? List.of() : lookup.themes(plan.getId());
        String theme = known(parameters, DashboardSelection.THEME, ignored,
                v -> themes.stream().filter(t -> t.equalsIgnoreCase(v)).findFirst());
        CoordinationLevel level = known(parameters, DashboardSelection.LEVEL, ignored, DashboardService::level);
        Organisation organisation = known(parameters, DashboardSelection.ORGANISATION, ignored,
                v -> organisations.all().stream().filter(o -> o.getCode().equalsIgnoreCase(v)).findFirst());
        String country = known(parameters, DashboardSelection.COUNTRY, ignored, v -> {
            String code = v.toUpperCase(Locale.ROOT);
            return code.equals(DashboardSelection.REGIONAL) || organisations.countryExists(code)
                    ? Optional.of(code) : Optional.empty();
        });
        return new DashboardSelection(plan, theme, level, organisation, country, List.copyOf(ignored));
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T known(Map<String, String> parameters, String name, List<DashboardSelection.Ignored> ignored,
                               Function<String, Optional<T>> parse) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            ignored.add(new DashboardSelection.Ignored(name, value));
        }
        return parsed.orElse(null);
    }

    private static Optional<CoordinationLevel> level(String value) {
        String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (CoordinationLevel level : CoordinationLevel.values()) {
            if (level.name().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** What the filters offer for the plan: its themes, the levels, the organisations and the countries. */
    public FilterChoices choices(Long planId) {
        return new FilterChoices(plans.all(), planId == null ? List.of() : lookup.themes(planId),
                List.of(CoordinationLevel.values()), organisations.all(), organisations.countries());
    }

    /**
     * The figures of the selection: the recommendations' responses, implementation and rates, the milestones' counts,
     * each recommendation's progress and worst status, the national matrix. An organisation or country filter selects
     * milestones, so it keeps the recommendations that have such milestones.
     */
    public DashboardSnapshot snapshot(DashboardSelection selection) {
        Plan plan = selection.plan();
        ComplianceFilter filter = selection.filter();
        LocalDate today = ComplianceRules.today(clock.instant(), plan.zone());
        Map<Long, RollUp> byRecommendation = compliance.rollUp(Dimension.RECOMMENDATION, filter).stream()
                .collect(Collectors.toMap(r -> Long.valueOf(r.key()), r -> r));
        boolean byMilestonesOnly = selection.organisation() != null || selection.country() != null;
        List<RecommendationSummary> selected = recommendations.list(plan.getId()).stream()
                .filter(r -> selection.theme() == null || selection.theme().equals(r.theme()))
                .filter(r -> selection.level() == null || selection.level() == r.level())
                .filter(r -> !byMilestonesOnly || byRecommendation.containsKey(r.id()))
                .toList();
        List<RecommendationProgress> progress = selected.stream()
                .map(r -> {
                    RollUp figures = byRecommendation.get(r.id());
                    return figures == null
                            ? new RecommendationProgress(r.id(), r.code(), r.title(), r.status(),
                                    r.leadOrganisationCode(), 0, 0, null, Map.of())
                            : new RecommendationProgress(r.id(), r.code(), r.title(), r.status(),
                                    r.leadOrganisationCode(), figures.milestones(), figures.progress(),
                                    WorstStatus.of(figures.byStatus().keySet()), figures.byStatus());
                })
                .toList();
        return new DashboardSnapshot(plan.getId(), plan.getTitle(), plan.zone(), today, compliance.total(filter),
                RecommendationFigures.of(selected), progress, matrix(selection, filter));
    }

    private NationalMatrix matrix(DashboardSelection selection, ComplianceFilter filter) {
        List<NationalRecommendation> national = lookup.nationalScope(selection.plan().getId()).stream()
                .filter(r -> selection.theme() == null || selection.theme().equals(r.theme()))
                .filter(r -> selection.level() == null || selection.level() == r.level())
                .toList();
        Map<Long, Map<String, MatrixCell>> cells = new LinkedHashMap<>();
        for (MatrixCell cell : queries.byRecommendationAndCountry(filter)) {
            cells.computeIfAbsent(cell.recommendationId(), k -> new LinkedHashMap<>()).put(cell.countryIso2(), cell);
        }
        TreeSet<String> countries = new TreeSet<>();
        national.forEach(r -> countries.addAll(r.countries()));
        national.forEach(r -> countries.addAll(cells.getOrDefault(r.id(), Map.of()).keySet()));
        if (selection.country() != null) {
            countries.retainAll(List.of(selection.country()));
        }
        List<NationalMatrix.Row> rows = national.stream().map(r -> {
            Map<String, MatrixCell> found = cells.getOrDefault(r.id(), Map.of());
            Map<String, MatrixCell> row = new LinkedHashMap<>();
            for (String country : countries) {
                if (found.containsKey(country)) {
                    row.put(country, found.get(country));
                } else if (r.countries().contains(country)) {
                    row.put(country, MatrixCell.empty(r.id(), country));
                }
            }
            return new NationalMatrix.Row(r.id(), r.code(), r.title(), row);
        }).toList();
        return new NationalMatrix(List.copyOf(countries), rows);
    }

    /** The overdue milestones of the selection, most late first, one page at a time. */
    public Page<DeadlineRow> overdue(ComplianceFilter filter, Pageable page) {
        return queries.overdue(filter, page);
    }

    public long countOverdue(ComplianceFilter filter) {
        return queries.countOverdue(filter);
    }

    /** The milestones of the selection not completed and due within {@link #DUE_SOON_DAYS} days, soonest first. */
    public Page<DeadlineRow> dueSoon(ComplianceFilter filter, Pageable page) {
        return queries.dueWithin(filter, DUE_SOON_DAYS, page);
    }

    public long countDueSoon(ComplianceFilter filter) {
        return queries.countDueWithin(filter, DUE_SOON_DAYS);
    }
}
