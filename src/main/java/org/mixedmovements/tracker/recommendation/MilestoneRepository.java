package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByRecommendationIdOrderByCurrentDueAscIdAsc(Long recommendationId);

    List<Milestone> findByRecommendationIdAndStateOrderByCurrentDueAscIdAsc(Long recommendationId, MilestoneState state);

    List<Milestone> findByRecommendationIdInAndState(Collection<Long> recommendationIds, MilestoneState state);

    void deleteByRecommendationIdAndState(Long recommendationId, MilestoneState state);
}
