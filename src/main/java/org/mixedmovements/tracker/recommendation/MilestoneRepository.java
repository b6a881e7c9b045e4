package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByRecommendationIdOrderByCurrentDueAscIdAsc(Long recommendationId);

    List<Milestone> findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(Long recommendationId, MilestoneState state);

    List<Milestone> findByRecommendationIdInAndState(Collection<Long> recommendationIds, MilestoneState state);

    @Query("select m.id from Milestone m where m.state = :state order by m.id")
    List<Long> findIdsByState(@Param("state") MilestoneState state);

    void deleteByRecommendationIdAndState(Long recommendationId, MilestoneState state);

    long countByRecommendationId(Long recommendationId);
}
