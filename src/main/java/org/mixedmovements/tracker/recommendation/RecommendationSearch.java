package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.Milestone;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds recommendations (by code, title and full text, in English and Spanish) and milestones (by name) whose text
 * holds every word of a query, ignoring case and accents. A blank query finds nothing; a query longer than
 * {@link SearchText#MAX_QUERY} characters is refused.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

    static final int EXCERPT_RADIUS = 80;
    private static final Sort BY_PLAN_AND_POSITION = Sort.by("planId", "position", "id");

    private final RecommendationSearchRepository recommendations;
    private final MilestoneSearchRepository milestones;
    private final MilestoneListRows rows;
    private final RecommendationSummaries views;

    RecommendationSearch(RecommendationSearchRepository recommendations, MilestoneSearchRepository milestones,
                         MilestoneListRows rows, RecommendationSummaries views) {
        this.recommendations = recommendations;
        this.milestones = milestones;
        this.rows = rows;
        this.views = views;
    }

    public Page<RecommendationHit> recommendations(String query, Pageable page) {
        CurrentUser.require();
        List<String> words = MilestoneListRows.words("q", query);
        Pageable bounded = PageRequest.of(page.getPageNumber(),
                Math.min(Math.max(page.getPageSize(), 1), MilestoneListRows.MAX_PAGE), BY_PLAN_AND_POSITION);
        if (words.isEmpty()) {
            return Page.empty(bounded);
        }
        Map<Long, String> plans = new HashMap<>();
        return recommendations.findAll(SearchSpecifications.containsEveryWord(words), bounded)
                .map(r -> new RecommendationHit(r.getId(),
                        plans.computeIfAbsent(r.getPlanId(), id -> views.plan(id).getCode()), r.getCode(),
                        r.getTitle(), r.getStatus(), excerpt(r, words)));
    }

    public Page<MilestoneListRow> milestones(String query, Pageable page) {
        CurrentUser.require();
        if (MilestoneListRows.words("q", query).isEmpty()) {
            return Page.empty(page);
        }
        return rows.page(MilestoneFilter.text(query), page);
    }

    /** A page of milestones across plans, by due date, as the milestone list filters them. */
    public Page<MilestoneListRow> milestones(MilestoneFilter filter, Pageable page) {
        CurrentUser.require();
        return rows.page(filter == null ? MilestoneFilter.none() : filter, page);
    }

    public long countMilestones(MilestoneFilter filter) {
        CurrentUser.require();
        return rows.count(filter == null ? MilestoneFilter.none() : filter);
    }

    /** Which of these recommendations match the query. */
    public Set<Long> recommendationsMatching(Collection<Long> ids, String query) {
        List<String> words = MilestoneListRows.words("q", query);
        if (ids.isEmpty() || words.isEmpty()) {
            return Set.of();
        }
        Specification<Recommendation> matching = SearchSpecifications.<Recommendation>idIn(ids)
                .and(SearchSpecifications.containsEveryWord(words));
        return recommendations.findAll(matching).stream().map(Recommendation::getId).collect(Collectors.toSet());
    }

    /** Which of these milestones match the query. */
    public Set<Long> milestonesMatching(Collection<Long> ids, String query) {
        List<String> words = MilestoneListRows.words("q", query);
        if (ids.isEmpty() || words.isEmpty()) {
            return Set.of();
        }
        Specification<Milestone> matching = SearchSpecifications.<Milestone>idIn(ids)
                .and(SearchSpecifications.containsEveryWord(words));
        return milestones.findAll(matching).stream().map(Milestone::getId).collect(Collectors.toSet());
    }

    private static String excerpt(Recommendation r, List<String> words) {
        return SearchText.excerpt(r.getFullText(), words, EXCERPT_RADIUS);
    }
}
