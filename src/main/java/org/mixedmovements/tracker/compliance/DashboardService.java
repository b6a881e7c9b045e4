package org.mixedmovements.tracker.compliance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.ComplianceRules;
import org.mixedmovements.tracker.recommendation.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the dashboard figures of a plan from its recommendations and approved milestones. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final PlanService plans;
    private final RecommendationService recommendations;

    DashboardService(PlanService plans, RecommendationService recommendations) {
        this.plans = plans;
        this.recommendations = recommendations;
    }

    public List<Plan> plans() {
        return plans.all();
    }

    public DashboardFigures figures(Long planId) {
        Plan plan = plans.get(planId);
        List<RecommendationSummary> summaries = recommendations.list(planId);
        List<MilestoneRow> approved = recommendations.approvedMilestoneRows(planId);
        Map<ComplianceStatus, Long> byStatus = new EnumMap<>(ComplianceStatus.class);
        approved.forEach(m -> byStatus.merge(m.compliance(), 1L, Long::sum));
        int planProgress = ComplianceRules.progressOf(approved.stream().map(MilestoneRow::progress).toList());
        return new DashboardFigures(plan.getId(), plan.getTitle(), byStatus, approved.size(), planProgress, summaries);
    }
}
