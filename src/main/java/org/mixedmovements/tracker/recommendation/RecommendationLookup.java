package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and codes by id for lists that show rows of the compliance read model (one page of ids at a time, never a
 * whole table), and what a plan's recommendations are about: their themes and which of them run country by country.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationLookup {

    private final RecommendationRepository recommendations;
    private final MilestoneRepository milestones;

    RecommendationLookup(RecommendationRepository recommendations, MilestoneRepository milestones) {
        this.recommendations = recommendations;
        this.milestones = milestones;
    }

    /** The milestones' names, by milestone id; unknown ids are left out. */
    public Map<Long, String> milestoneNames(Collection<Long> milestoneIds) {
        Map<Long, String> names = new HashMap<>();
        if (!milestoneIds.isEmpty()) {
            milestones.findAllById(milestoneIds).forEach(m -> names.put(m.getId(), m.getName()));
        }
        return names;
    }

    /** The recommendations' codes, by recommendation id; unknown ids are left out. */
    public Map<Long, String> recommendationCodes(Collection<Long> recommendationIds) {
        Map<Long, String> codes = new HashMap<>();
        if (!recommendationIds.isEmpty()) {
            recommendations.findAllById(recommendationIds).forEach(r -> codes.put(r.getId(), r.getCode()));
        }
        return codes;
    }

    /** The themes of the plan's recommendations, each once, in the plan's order. */
    public List<String> themes(Long planId) {
        LinkedHashSet<String> themes = new LinkedHashSet<>();
        recommendations.findByPlanIdOrderByPosition(planId).forEach(r -> themes.add(r.getTheme()));
        return List.copyOf(themes);
    }

    /** The plan's recommendations with national scope (national, or regional and national), in the plan's order. */
    public List<NationalRecommendation> nationalScope(Long planId) {
        return recommendations.findByPlanIdOrderByPosition(planId).stream()
                .filter(r -> r.getScope() != Scope.REGIONAL)
                .map(r -> new NationalRecommendation(r.getId(), r.getCode(), r.getTitle(), r.getTheme(),
                        r.getCoordinationLevel(), r.getCountries().stream().sorted().toList()))
                .toList();
    }
}
