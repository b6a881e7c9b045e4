package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.milestone.PlannedRecommendation;
import org.mixedmovements.tracker.milestone.RecommendationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the implementation plans what they need to know of their recommendations. */
@Component
@Transactional(readOnly = true)
class PlannedRecommendations implements RecommendationDirectory {

    private final RecommendationRepository recommendations;
    private final RecommendationSearchRepository search;

    // the repositories, not RecommendationService: that service reads milestones, whose rows ask this directory
    PlannedRecommendations(RecommendationRepository recommendations, RecommendationSearchRepository search) {
        this.recommendations = recommendations;
        this.search = search;
    }

    @Override
    public PlannedRecommendation get(Long recommendationId) {
        return of(recommendations.findById(recommendationId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId)));
    }

    @Override
    public Map<Long, PlannedRecommendation> find(Collection<Long> recommendationIds) {
        return search.findByIdIn(recommendationIds).stream().map(PlannedRecommendations::of)
                .collect(Collectors.toMap(PlannedRecommendation::id, Function.identity()));
    }

    @Override
    public List<PlannedRecommendation> inPlan(Long planId) {
        return recommendations.findByPlanIdOrderByPosition(planId).stream().map(PlannedRecommendations::of).toList();
    }

    private static PlannedRecommendation of(Recommendation r) {
        return new PlannedRecommendation(r.getId(), r.getCode(), r.getPlanId(), r.getLeadOrganisationId(),
                r.getStatus().name(), r.getStatus().allowsDraftImport(), r.getScope() != Scope.NATIONAL,
                r.getScope() != Scope.REGIONAL, Set.copyOf(r.getCountries()),
                r.getDependsOn());
    }
}
