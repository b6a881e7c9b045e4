package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance as the dashboard shows it, with the dashboard's filters (plan, theme, level, organisation, country) and
 * the dashboard's service, so the API and the dashboard give the same figures. Unlike a dashboard link, a filter value
 * that is not known is refused (400) rather than ignored.
 */
@RestController
@RequestMapping(path = "/api/v1/compliance", produces = "application/json")
@Tag(name = "Compliance", description = "The dashboard's figures, from the compliance read model")
class ComplianceController {

    private final DashboardService dashboard;

    ComplianceController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    @Operation(summary = "The figures of the selection: counts by compliance status, progress, on-time rate, "
            + "slippage, overdue and due soon")
    ComplianceDto figures(@ParameterObject Filters filters) {
        DashboardSelection selection = select(filters);
        return ComplianceDto.of(selection, dashboard.snapshot(selection), dashboard.countOverdue(selection.filter()),
                dashboard.countDueSoon(selection.filter()), DashboardService.DUE_SOON_DAYS);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Each recommendation's figures for the selection, in code order")
    ApiPage<RecommendationProgress> recommendations(@ParameterObject Filters filters,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        DashboardSelection selection = select(filters);
        return ApiPage.slice(dashboard.snapshot(selection).recommendations(), paging);
    }

    @GetMapping("/overdue")
    @Operation(summary = "The overdue milestones of the selection, most late first")
    ApiPage<DeadlineRow> overdue(@ParameterObject Filters filters,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        DashboardSelection selection = select(filters);
        return ApiPage.of(dashboard.overdue(selection.filter(), paging.pageable()));
    }

    @GetMapping("/due-soon")
    @Operation(summary = "The milestones of the selection not completed and due within 30 days, soonest first")
    ApiPage<DeadlineRow> dueSoon(@ParameterObject Filters filters,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        DashboardSelection selection = select(filters);
        return ApiPage.of(dashboard.dueSoon(selection.filter(), paging.pageable()));
    }

    /** The dashboard's filters, as query parameters of every compliance request. */
    record Filters(@Parameter(description = "plan id or code; the first plan when absent") String plan,
                   String theme,
                   @Parameter(description = "REGIONAL, NATIONAL or BOTH") String level,
                   @Parameter(description = "owner organisation code") String organisation,
                   @Parameter(description = "ISO alpha-2 country code, or REGIONAL for milestones without one")
                   String country) {
    }

    /** The dashboard's own reading of its link's parameters; what it would ignore is refused here. */
    private DashboardSelection select(Filters filters) {
        CurrentUser.require();
        Map<String, String> parameters = new HashMap<>();
        put(parameters, DashboardSelection.PLAN, filters.plan());
        put(parameters, DashboardSelection.THEME, filters.theme());
        put(parameters, DashboardSelection.LEVEL, filters.level());
        put(parameters, DashboardSelection.ORGANISATION, filters.organisation());
        put(parameters, DashboardSelection.COUNTRY, filters.country());
        DashboardSelection selection = dashboard.select(parameters);
        if (!selection.ignored().isEmpty()) {
            List<Problem> problems = selection.ignored().stream()
                    .map(i -> Problem.of(DashboardSelection.ORGANISATION.equals(i.parameter()) ? "organisation"
                            : i.parameter(), "api.error.unknown-value", i.value()))
                    .toList();
            throw new InvalidInputException(problems);
        }
        if (selection.plan() == null) {
            throw new NotFoundException("plan", filters.plan() == null ? "" : filters.plan());
        }
        return selection;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            if (value.length() > 200) {
                throw InvalidInputException.of(DashboardSelection.ORGANISATION.equals(name) ? "organisation" : name,
                        "validation.too-long", 200);
            }
            parameters.put(name, value);
        }
    }
}
