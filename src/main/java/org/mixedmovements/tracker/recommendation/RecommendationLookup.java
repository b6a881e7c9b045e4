package org.mixedmovements.tracker.recommendation;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's recommendations are about, for the dashboard's filters and matrix: their themes and which of them run
 * country by country. (Names and codes by id for rows of the read model come from {@link RecommendationLabels}.)
 */
@Service
@Transactional(readOnly = true)
public class RecommendationLookup {

    private final RecommendationRepository recommendations;

    RecommendationLookup(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    /** The themes of the plan's recommendations, each once, in the plan's order. */
    public List<String> themes(Long planId) {
        LinkedHashSet<String> themes = new LinkedHashSet<>();
        recommendations.findByPlanIdOrderByPosition(planId).forEach(r -> themes.add(r.getTheme()));
        return List.copyOf(themes);
    }

    /** The plan's recommendations with national scope (national, or regional and national), in the plan's order. */
    public List<NationalRecommendation> nationalScope(Long planId) {
        return recommendations.findWithCountriesByPlanId(planId).stream()
                .filter(r -> r.getScope() != Scope.REGIONAL)
                .map(r -> new NationalRecommendation(r.getId(), r.getCode(), r.getTitle(), r.getTheme(),
                        r.getCoordinationLevel(), r.getCountries().stream().sorted().toList()))
                .toList();
    }
}
