package org.mixedmovements.tracker.milestone;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of milestones: a recommendation's milestones (whole or page by page), counts and progress
 * per recommendation, the milestones in force. Milestones come back read-only: only this module changes them.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneQueries {

    private final MilestoneRepository milestones;
    private final MilestonePages pages;
    private final MilestoneRows views;

    MilestoneQueries(MilestoneRepository milestones, MilestonePages pages, MilestoneRows views) {
        this.milestones = milestones;
        this.pages = pages;
        this.views = views;
    }

    public Milestone get(Long milestoneId) {
        return milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("milestone", milestoneId));
    }

    /**
     * The milestones found among the ids. One id (a notification, a reminder) is a look-up by primary key, often
     * already in the persistence context; several are one query (an "in" list, which Hibernate translates anew).
     */
    public List<Milestone> all(Collection<Long> milestoneIds) {
        if (milestoneIds.size() == 1) {
            return milestones.findById(milestoneIds.iterator().next()).map(List::of).orElse(List.of());
        }
        return milestones.findAllById(milestoneIds);
    }

    /** The recommendation's milestones, proposed and approved, soonest due first. */
    public List<Milestone> ofRecommendation(Long recommendationId) {
        return milestones.findByRecommendationIdOrderByCurrentDueAscIdAsc(recommendationId);
    }

    /** The recommendation's milestones in that state, soonest due first. */
    public List<Milestone> ofRecommendation(Long recommendationId, MilestoneState state) {
        return milestones.findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(recommendationId, state);
    }

    /** The milestones whose name contains the text (any, when blank), soonest due first, as rows. */
    public Page<MilestoneRow> rowsOfRecommendation(Long recommendationId, String nameContains, Pageable page) {
        Pageable unsorted = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : page;
        Page<Milestone> found = nameContains == null || nameContains.isBlank()
                ? pages.findByRecommendationIdOrderByCurrentDueAscIdAsc(recommendationId, unsorted)
                : pages.findByRecommendationIdAndNameContainingIgnoreCaseOrderByCurrentDueAscIdAsc(recommendationId,
                        nameContains.strip(), unsorted);
        return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** The milestones as rows, with the compliance status the read model holds (none for those not in force). */
    public List<MilestoneRow> rows(List<Milestone> of) {
        return of.isEmpty() ? List.of() : views.rows(views.planOf(of.get(0)), of);
    }

    /** The milestones reported done whose completion the working group is deciding on, by milestone id. */
    public Map<Long, GroupReview> reviews(List<Milestone> of) {
        return views.reviews(of);
    }

    /** How many milestones of each recommendation are in force (0 for those without). */
    public Map<Long, Integer> approvedCounts(Collection<Long> recommendationIds) {
        Map<Long, Integer> approved = new HashMap<>();
        if (!recommendationIds.isEmpty()) {
            // counted by the database: a plan rolled out country by country has thousands of milestones
            milestones.countByRecommendationIdInAndState(recommendationIds, MilestoneState.APPROVED)
                    .forEach(row -> approved.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return approved;
    }

    /** Each recommendation's progress, from the compliance read model. */
    public Map<Long, Integer> progress(Collection<Long> recommendationIds) {
        return views.progress(List.copyOf(recommendationIds));
    }

    /** Ids of every milestone in force, for rebuilding the compliance read model. */
    public List<Long> idsInForce() {
        return milestones.findIdsByState(MilestoneState.APPROVED);
    }
}
