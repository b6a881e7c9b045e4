package org.mixedmovements.tracker.milestone;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByRecommendationIdOrderByCurrentDueAscIdAsc(Long recommendationId);

    List<Milestone> findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(Long recommendationId, MilestoneState state);

    /** How many milestones of each recommendation are in the state: [recommendation id, count] rows. */
    @Query("select m.recommendationId, count(m) from Milestone m where m.recommendationId in :recommendationIds"
            + " and m.state = :state group by m.recommendationId")
    List<Object[]> countByRecommendationIdInAndState(@Param("recommendationIds") Collection<Long> recommendationIds,
                                                     @Param("state") MilestoneState state);

    @Query("select m.id from Milestone m where m.state = :state order by m.id")
    List<Long> findIdsByState(@Param("state") MilestoneState state);

    void deleteByRecommendationIdAndState(Long recommendationId, MilestoneState state);

    long countByRecommendationId(Long recommendationId);
}
