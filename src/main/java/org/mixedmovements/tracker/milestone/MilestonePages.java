package org.mixedmovements.tracker.milestone;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** A recommendation's milestones one page at a time, soonest due first. */
interface MilestonePages extends Repository<Milestone, Long> {

    Page<Milestone> findByRecommendationIdOrderByCurrentDueAscIdAsc(Long recommendationId, Pageable page);

    Page<Milestone> findByRecommendationIdAndNameContainingIgnoreCaseOrderByCurrentDueAscIdAsc(Long recommendationId,
                                                                                             String name,
                                                                                             Pageable page);

    List<Milestone> findByRecommendationId(Long recommendationId);
}
