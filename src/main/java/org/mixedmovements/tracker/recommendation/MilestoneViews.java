package org.mixedmovements.tracker.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.stereotype.Component;

/** Turns milestones into rows with their compliance status as of today in the plan's time zone. */
@Component
class MilestoneViews {

    private final PlanService plans;
    private final OrganisationService organisations;
    private final Clock clock;

    MilestoneViews(PlanService plans, OrganisationService organisations, Clock clock) {
        this.plans = plans;
        this.organisations = organisations;
        this.clock = clock;
    }

    LocalDate today(Plan plan) {
        return ComplianceRules.today(clock.instant(), plan.zone());
    }

    List<MilestoneRow> rows(Plan plan, List<Milestone> milestones) {
        LocalDate today = today(plan);
        Map<Long, String> codes = new HashMap<>();
        return milestones.stream().map(m -> new MilestoneRow(m.getId(), m.getRecommendationId(), m.getName(),
                m.getOwnerOrganisationId(),
                codes.computeIfAbsent(m.getOwnerOrganisationId(), id -> organisations.get(id).getCode()),
                m.getCountryIso2(), m.getPlannedStart(), m.getBaselineDue(), m.getCurrentDue(),
                m.isEvidenceRequired(), m.getState(), m.getReportedStatus(), m.getProgress(), m.getCompletedOn(),
                m.complianceOn(today, plan.getAtRiskDays()),
                ComplianceRules.slippageDays(m.getBaselineDue(), m.getCurrentDue()))).toList();
    }

    RecommendationSummary summary(Recommendation r, List<Milestone> approved) {
        String lead = r.getLeadOrganisationId() == null ? null
                : organisations.get(r.getLeadOrganisationId()).getCode();
        return new RecommendationSummary(r.getId(), r.getPlanId(), r.getCode(), r.getTitle(), r.getTheme(),
                r.getCoordinationLevel(), r.getScope(), r.getStatus(), r.getLeadOrganisationId(), lead,
                approved.size(), ComplianceRules.progressOf(approved.stream().map(Milestone::getProgress).toList()));
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
