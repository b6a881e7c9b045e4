package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.ComplianceFigures;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.GroupReview;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.milestone.MilestoneState;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Pages of milestones across plans, filtered and turned into list rows: for the milestone list and the search. */
@Component
class MilestoneListRows {

    static final int MAX_PAGE = 100;
    private static final Sort BY_DUE_DATE = Sort.by("currentDue", "id");

    private final MilestoneSearchRepository milestones;
    private final RecommendationSearchRepository recommendations;
    private final RecommendationSummaries views;
    private final ComplianceFigures figures;
    private final MilestoneQueries milestoneQueries;

    MilestoneListRows(MilestoneSearchRepository milestones, RecommendationSearchRepository recommendations,
                      RecommendationSummaries views, ComplianceFigures figures, MilestoneQueries milestoneQueries) {
        this.milestoneQueries = milestoneQueries;
        this.milestones = milestones;
        this.recommendations = recommendations;
        this.views = views;
        this.figures = figures;
    }

    /** The words of a query in search form; a query longer than {@link SearchText#MAX_QUERY} is refused. */
    static List<String> words(String field, String text) {
        if (text != null && text.strip().length() > SearchText.MAX_QUERY) {
            throw InvalidInputException.of(field, "search.error.too-long", SearchText.MAX_QUERY);
        }
        return SearchText.words(text);
    }

    Page<MilestoneListRow> page(MilestoneFilter filter, Pageable page) {
        Pageable bounded = PageRequest.of(page.getPageNumber(), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE),
                BY_DUE_DATE);
        Page<Milestone> found = milestones.findAll(specification(filter), bounded);
        return new PageImpl<>(rows(found.getContent()), bounded,
                found.getTotalElements());
    }

    long count(MilestoneFilter filter) {
        return milestones.count(specification(filter));
    }

    Specification<Milestone> specification(MilestoneFilter filter) {
        List<Specification<Milestone>> parts = new ArrayList<>();
        List<String> words = words("text", filter.text());
        if (!words.isEmpty()) {
            parts.add(SearchSpecifications.containsEveryWord(words));
        }
        if (filter.ownerOrganisationId() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("ownerOrganisationId"), filter.ownerOrganisationId()));
        }
        if (filter.stage() != null) {
            parts.add(switch (filter.stage()) {
                case IN_DRAFT -> (root, query, cb) -> cb.equal(root.get("state"), MilestoneState.PROPOSED);
                case OPEN -> (root, query, cb) -> cb.and(cb.equal(root.get("state"), MilestoneState.APPROVED),
                        cb.isNull(root.get("completedOn")));
                case COMPLETED -> (root, query, cb) -> cb.isNotNull(root.get("completedOn"));
            });
        }
        if (filter.planId() != null) {
            parts.add((root, query, cb) -> {
                Subquery<Long> ofPlan = query.subquery(Long.class);
                var recommendation = ofPlan.from(Recommendation.class);
                ofPlan.select(recommendation.get("id")).where(cb.equal(recommendation.get("planId"), filter.planId()));
                return root.get("recommendationId").in(ofPlan);
            });
        }
        return Specification.allOf(parts);
    }

    List<MilestoneListRow> rows(List<Milestone> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Recommendation> byId = recommendations
                .findByIdIn(page.stream().map(Milestone::getRecommendationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Recommendation::getId, Function.identity()));
        Map<Long, ComplianceStatus> statuses = figures.statuses(page.stream().map(Milestone::getId).toList());
        Map<Long, GroupReview> reviews = milestoneQueries.reviews(page);
        Map<Long, String> owners = new HashMap<>();
        Map<Long, String> plans = new HashMap<>();
        return page.stream().map(m -> {
            Recommendation r = byId.get(m.getRecommendationId());
            return new MilestoneListRow(m.getId(), r.getId(), r.getCode(), r.getTitle(),
                    plans.computeIfAbsent(r.getPlanId(), id -> views.plan(id).getCode()), m.getName(),
                    m.getOwnerOrganisationId(),
                    owners.computeIfAbsent(m.getOwnerOrganisationId(), id -> views.organisation(id).getCode()),
                    m.getCountryIso2(), m.getCurrentDue(), m.getState(), m.getReportedStatus(), m.getProgress(),
                    m.getCompletedOn(), m.getState() == MilestoneState.APPROVED ? statuses.get(m.getId()) : null,
                    reviews.get(m.getId()));
        }).toList();
    }
}
