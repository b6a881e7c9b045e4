package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.stereotype.Component;

/** Turns recommendations into summaries, with the names of their plan and lead organisation. */
@Component
class RecommendationSummaries {

    private final PlanService plans;
    private final OrganisationService organisations;

    RecommendationSummaries(PlanService plans, OrganisationService organisations) {
        this.plans = plans;
        this.organisations = organisations;
    }

    RecommendationSummary summary(Recommendation r, int approvedMilestones, int progress) {
        String lead = r.getLeadOrganisationId() == null ? null
                : organisations.get(r.getLeadOrganisationId()).getCode();
        return new RecommendationSummary(r.getId(), r.getPlanId(), r.getCode(), r.getTitle(), r.getTheme(),
                r.getCoordinationLevel(), r.getScope(), r.getStatus(), r.getResponse(), r.getLeadOrganisationId(), lead,
                approvedMilestones, progress);
    }

    Plan planOf(Recommendation r) {
        return plans.get(r.getPlanId());
    }

    Plan plan(Long planId) {
        return plans.get(planId);
    }

    Organisation organisation(Long id) {
        return organisations.get(id);
    }
}
