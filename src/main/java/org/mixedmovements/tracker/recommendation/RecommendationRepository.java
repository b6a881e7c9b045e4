package org.mixedmovements.tracker.recommendation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByPlanIdOrderByPosition(Long planId);

    Optional<Recommendation> findByPlanIdAndCode(Long planId, String code);
}
