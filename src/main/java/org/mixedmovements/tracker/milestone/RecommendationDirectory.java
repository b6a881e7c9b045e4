package org.mixedmovements.tracker.milestone;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which this module learns about recommendations; the recommendation module implements it, so
 * the dependency runs from recommendations to their milestones and never back.
 */
public interface RecommendationDirectory {

    /** The recommendation, or {@code NotFoundException}. */
    PlannedRecommendation get(Long recommendationId);

    /** The recommendations found among the ids, by id. */
    Map<Long, PlannedRecommendation> find(Collection<Long> recommendationIds);

    /** The recommendations of the plan, in the plan's order. */
    List<PlannedRecommendation> inPlan(Long planId);
}
