package org.mixedmovements.tracker.publication;

import java.util.Set;

/**
 * What of a plan is public, as the secretariat set it.
 *
 * @param published                 the plan has a public page
 * @param showVotes                 the page may show how each organisation voted on the group's response
 * @param publishedRecommendations  the recommendations the page shows (only while the plan is published)
 */
public record PlanPublication(Long planId, boolean published, boolean showVotes, Set<Long> publishedRecommendations) {

    public boolean isPublished(Long recommendationId) {
        return publishedRecommendations.contains(recommendationId);
    }
}
