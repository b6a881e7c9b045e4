package org.mixedmovements.tracker.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.stereotype.Component;

/** Turns milestones into rows, with their compliance status and progress from the compliance read model. */
@Component
class MilestoneRows {

    /** What the working group's decisions on a milestone's completion are about. */
    static final String DECISION_SUBJECT = "milestone";

    private final PlanService plans;
    private final OrganisationService organisations;
    private final Clock clock;

    private final ComplianceFigures figures;
    private final RecommendationDirectory recommendations;
    private final WorkingGroupDecisions decisions;

    MilestoneRows(PlanService plans, OrganisationService organisations, Clock clock, ComplianceFigures figures,
                   RecommendationDirectory recommendations, WorkingGroupDecisions decisions) {
        this.decisions = decisions;
        this.recommendations = recommendations;
        this.plans = plans;
        this.organisations = organisations;
        this.clock = clock;
        this.figures = figures;
    }

    LocalDate today(Plan plan) {
        return ComplianceRules.today(clock.instant(), plan.zone());
    }

    /**
     * Rows with the compliance status the read model holds (none for milestones not in force) and the group's review of
     * those reported done.
     */
    List<MilestoneRow> rows(Plan plan, List<Milestone> milestones) {
        Map<Long, ComplianceStatus> statuses = figures.statuses(milestones.stream().map(Milestone::getId).toList());
        Map<Long, GroupReview> reviews = reviews(milestones);
        Map<Long, String> codes = new HashMap<>();
        return milestones.stream().map(m -> new MilestoneRow(m.getId(), m.getRecommendationId(), m.getName(),
                m.getOwnerOrganisationId(),
                codes.computeIfAbsent(m.getOwnerOrganisationId(), id -> organisations.get(id).getCode()),
                m.getCountryIso2(), m.getPlannedStart(), m.getBaselineDue(), m.getCurrentDue(),
                m.isEvidenceRequired(), m.getState(), m.getReportedStatus(), m.getProgress(), m.getCompletedOn(),
                statuses.get(m.getId()),
                ComplianceRules.slippageDays(m.getBaselineDue(), m.getCurrentDue()), m.getVersion(),
                reviews.get(m.getId())))
                .toList();
    }

    /** The milestones reported done whose completion the working group is deciding on, with the last day. */
    Map<Long, GroupReview> reviews(List<Milestone> milestones) {
        List<Long> awaiting = milestones.stream().filter(Milestone::awaitsTheGroup).map(Milestone::getId).toList();
        Map<Long, GroupReview> reviews = new HashMap<>();
        decisions.openPeriods(DecisionType.MILESTONE, DECISION_SUBJECT, awaiting)
                .forEach(open -> reviews.put(open.subjectId(), new GroupReview(open.lastDay())));
        return reviews;
    }

    /** Progress of many recommendations at once, from the read model. */
    Map<Long, Integer> progress(List<Long> recommendationIds) {
        return figures.progress(recommendationIds);
    }

    /** The plan of the milestone's recommendation. */
    Plan planOf(Milestone m) {
        return plans.get(recommendations.get(m.getRecommendationId()).planId());
    }

    Plan plan(Long planId) {
        return plans.get(planId);
    }

    Organisation organisation(Long id) {
        return organisations.get(id);
    }
}
