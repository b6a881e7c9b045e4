package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans, recommendations and milestones, as any signed-in user sees them in the UI. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Plans and recommendations", description = "What is being followed up: read by any signed-in user")
class ReadController {

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final RecommendationDetailService details;
    private final ImplementationPlanService milestones;

    ReadController(PlanService plans, RecommendationService recommendations, RecommendationDetailService details,
                   ImplementationPlanService milestones) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.details = details;
        this.milestones = milestones;
    }

    @GetMapping("/plans")
    @Operation(summary = "The plans, in the order the UI lists them")
    ApiPage<PlanDto> plans(@RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        CurrentUser.require();
        return ApiPage.slice(plans.all().stream().map(PlanDto::of).toList(), paging);
    }

    @GetMapping("/plans/{planId}")
    @Operation(summary = "One plan")
    PlanDto plan(@PathVariable long planId) {
        CurrentUser.require();
        return PlanDto.of(plans.get(planId));
    }

    @GetMapping("/plans/{planId}/recommendations")
    @Operation(summary = "A plan's recommendations, in code order, optionally of one theme or coordination level")
    ApiPage<RecommendationSummary> recommendations(
            @PathVariable long planId,
            @Parameter(description = "only this theme (as written in the plan)") @RequestParam(required = false) String theme,
            @RequestParam(required = false) CoordinationLevel level,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        CurrentUser.require();
        plans.get(planId);
        List<RecommendationSummary> all = recommendations.list(planId).stream()
                .filter(r -> theme == null || theme.isBlank() || theme.strip().equalsIgnoreCase(r.theme()))
                .filter(r -> level == null || level == r.level())
                .toList();
        return ApiPage.slice(all, paging);
    }

    @GetMapping("/recommendations/{recommendationId}")
    @Operation(summary = "One recommendation: its text, the group's response, its lead and its status")
    RecommendationDto recommendation(@PathVariable long recommendationId) {
        CurrentUser.require();
        return RecommendationDto.of(recommendations.details(recommendationId));
    }

    @GetMapping("/recommendations/{recommendationId}/milestones")
    @Operation(summary = "A recommendation's milestones, soonest due first, with their compliance status")
    ApiPage<MilestoneRow> milestones(@PathVariable long recommendationId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return ApiPage.of(details.milestones(recommendationId, paging.pageable()));
    }

    @GetMapping("/milestones/{milestoneId}")
    @Operation(summary = "One milestone, with its compliance status; the ETag is its version")
    MilestoneRow milestone(@PathVariable long milestoneId, HttpServletResponse response) {
        CurrentUser.require();
        MilestoneRow row = milestones.milestoneRow(milestoneId);
        response.setHeader(HttpHeaders.ETAG, IfMatch.etag(row.version()));
        return row;
    }
}
