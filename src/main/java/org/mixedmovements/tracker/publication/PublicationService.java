package org.mixedmovements.tracker.publication;

import java.time.Clock;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing is a decision of the secretariat (or an administrator): a plan, and within it each recommendation, is
 * made public or withdrawn again, and whether the organisations' votes may be shown; each change is written to the
 * audit log. Nothing else of a plan is ever public (docs/user-guide.md, "The public progress page").
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    public static final String PLAN_SUBJECT = "plan";
    public static final String RECOMMENDATION_SUBJECT = "recommendation";

    private final PublicationRecords records;
    private final PlanService plans;
    private final RecommendationService recommendations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(PublicationRecords records, PlanService plans, RecommendationService recommendations,
                       AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.plans = plans;
        this.recommendations = recommendations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public PlanPublication of(Long planId) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        return records.of(plan(planId).getId());
    }

    /** The plan's recommendations, in their order, for choosing which are public. */
    public List<RecommendationSummary> recommendationsOf(Long planId) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        return recommendations.list(plan(planId).getId());
    }

    /** Makes the plan's public page visible, or withdraws it (its recommendations' choices are kept). */
    @Transactional
    public void publishPlan(Long planId, boolean published) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Plan plan = plan(planId);
        PlanPublication before = records.of(planId);
        if (before.published() == published) {
            return;
        }
        records.setPlan(planId, published, before.showVotes(), clock.instant());
        audit.record(published ? "PLAN_PUBLISHED" : "PLAN_WITHDRAWN", PLAN_SUBJECT, planId,
                AuditDetails.of(published ? "audit.details.plan-published" : "audit.details.plan-withdrawn",
                        plan.getCode()),
                "published " + published);
        events.publishEvent(new PublicationChanged(planId));
    }

    /** Whether the public page may show how each organisation voted on the group's response (default: no). */
    @Transactional
    public void showVotes(Long planId, boolean shown) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Plan plan = plan(planId);
        PlanPublication before = records.of(planId);
        if (before.showVotes() == shown) {
            return;
        }
        records.setPlan(planId, before.published(), shown, clock.instant());
        audit.record(shown ? "PUBLIC_VOTES_SHOWN" : "PUBLIC_VOTES_HIDDEN", PLAN_SUBJECT, planId,
                AuditDetails.of(shown ? "audit.details.public-votes-shown" : "audit.details.public-votes-hidden",
                        plan.getCode()),
                "show votes " + shown);
        events.publishEvent(new PublicationChanged(planId));
    }

    /** Puts the recommendation on its plan's public page, or takes it off. */
    @Transactional
    public void publishRecommendation(Long recommendationId, boolean published) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        RecommendationSummary recommendation = recommendations.summary(recommendationId);
        boolean changed = published
                ? records.publishRecommendation(recommendation.planId(), recommendationId, clock.instant())
                : records.withdrawRecommendation(recommendationId);
        if (!changed) {
            return;
        }
        audit.record(published ? "RECOMMENDATION_PUBLISHED" : "RECOMMENDATION_WITHDRAWN", RECOMMENDATION_SUBJECT,
                recommendationId, AuditDetails.of(published ? "audit.details.recommendation-published"
                        : "audit.details.recommendation-withdrawn", recommendation.code()), "published " + published);
        events.publishEvent(new PublicationChanged(recommendation.planId()));
    }

    private Plan plan(Long planId) {
        if (planId == null) {
            throw new NotFoundException("plan", null);
        }
        return plans.get(planId);
    }
}
