package org.mixedmovements.tracker.compliance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures: counts and progress from the compliance read model, recommendations from the domain. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final PlanService plans;
    private final RecommendationService recommendations;

    private final ComplianceQueries compliance;

    DashboardService(PlanService plans, RecommendationService recommendations, ComplianceQueries compliance) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.compliance = compliance;
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
                        r.scope(), r.status(), r.leadOrganisationId(), r.leadOrganisationCode(), r.approvedMilestones(),
                        progress.getOrDefault(r.id(), 0)))
                .toList();
        return new DashboardFigures(plan.getId(), plan.getTitle(), total.byStatus(), total.milestones(), total.progress(),
                summaries);
    }
}
