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

    List<Milestone> findByRecommendationIdIn(Collection<Long> recommendationIds);

    /** The milestones that wait for this one. */
    @Query("select m from Milestone m where :predecessorId member of m.predecessorIds")
    List<Milestone> findSuccessors(@Param("predecessorId") Long predecessorId);

    /** The dependencies of these milestones: [successor id, predecessor id] rows. */
    @Query("select m.id, p from Milestone m join m.predecessorIds p where m.id in :ids")
    List<Object[]> findPredecessorLinks(@Param("ids") Collection<Long> ids);

    void deleteByRecommendationIdAndState(Long recommendationId, MilestoneState state);

    long countByRecommendationId(Long recommendationId);
}
