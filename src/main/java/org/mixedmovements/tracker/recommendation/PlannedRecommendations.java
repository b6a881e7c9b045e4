package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mixedmovements.tracker.milestone.PlannedRecommendation;
import org.mixedmovements.tracker.milestone.RecommendationDirectory;
import org.mixedmovements.tracker.progressreport.ReportedRecommendation;
import org.mixedmovements.tracker.progressreport.ReportingDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the implementation plans and the progress reports what they need to know of their recommendations. */
@Component
@Transactional(readOnly = true)
class PlannedRecommendations implements RecommendationDirectory, ReportingDirectory {

    private final RecommendationRepository recommendations;
    private final RecommendationSearchRepository search;

    // the repositories, not RecommendationService: that service reads milestones, whose rows ask this directory
    PlannedRecommendations(RecommendationRepository recommendations, RecommendationSearchRepository search) {
        this.recommendations = recommendations;
        this.search = search;
    }

    @Override
    public PlannedRecommendation get(Long recommendationId) {
        return of(recommendations.require(recommendationId));
    }

    @Override
    public Map<Long, PlannedRecommendation> find(Collection<Long> recommendationIds) {
        return search.findByIds(recommendationIds, PlannedRecommendations::of);
    }

    @Override
    public ReportedRecommendation reported(Long recommendationId) {
        return reported(recommendations.require(recommendationId));
    }

    @Override
    public Map<Long, ReportedRecommendation> reported(Collection<Long> recommendationIds) {
        return search.findByIds(recommendationIds, PlannedRecommendations::reported);
    }

    @Override
    public List<ReportedRecommendation> inImplementation() {
        return recommendations.findByStatusOrderByIdAsc(RecommendationStatus.IN_IMPLEMENTATION).stream()
                .map(PlannedRecommendations::reported).toList();
    }

    private static ReportedRecommendation reported(Recommendation r) {
        return new ReportedRecommendation(r.getId(), r.getCode(), r.getTitle(), r.getPlanId(),
                r.getLeadOrganisationId(), r.getStatus() == RecommendationStatus.IN_IMPLEMENTATION);
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
