package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.progressreport.ReportedRecommendation;
import org.mixedmovements.tracker.progressreport.ReportingDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the progress reports what they need to know of their recommendations. */
@Component
@Transactional(readOnly = true)
class ReportingRecommendations implements ReportingDirectory {

    private final RecommendationRepository recommendations;
    private final RecommendationSearchRepository search;

    ReportingRecommendations(RecommendationRepository recommendations, RecommendationSearchRepository search) {
        this.recommendations = recommendations;
        this.search = search;
    }

    @Override
    public ReportedRecommendation get(Long recommendationId) {
        return of(recommendations.findById(recommendationId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId)));
    }

    @Override
    public Map<Long, ReportedRecommendation> find(Collection<Long> recommendationIds) {
        return search.findByIdIn(recommendationIds).stream().map(ReportingRecommendations::of)
                .collect(Collectors.toMap(ReportedRecommendation::id, Function.identity()));
    }

    @Override
    public List<ReportedRecommendation> inImplementation() {
        return recommendations.findByStatusOrderByIdAsc(RecommendationStatus.IN_IMPLEMENTATION).stream()
                .map(ReportingRecommendations::of).toList();
    }

    private static ReportedRecommendation of(Recommendation r) {
        return new ReportedRecommendation(r.getId(), r.getCode(), r.getTitle(), r.getPlanId(),
                r.getLeadOrganisationId(), r.getStatus() == RecommendationStatus.IN_IMPLEMENTATION);
    }
}
