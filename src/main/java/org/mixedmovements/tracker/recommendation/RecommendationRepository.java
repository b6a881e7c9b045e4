package org.mixedmovements.tracker.recommendation;

import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.base.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("select r from Recommendation r where r.planId = :planId order by r.position")
    List<Recommendation> findByPlanIdOrderByPosition(@Param("planId") Long planId);

    /** The plan's recommendations with their countries in one query (the dashboard's matrix reads them all). */
    @Query("select distinct r from Recommendation r left join fetch r.countries where r.planId = :planId"
            + " order by r.position")
    List<Recommendation> findWithCountriesByPlanId(@Param("planId") Long planId);

    /** The recommendation, or {@code NotFoundException}. */
    default Recommendation require(Long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    List<Recommendation> findByStatusOrderByIdAsc(RecommendationStatus status);

    Optional<Recommendation> findByPlanIdAndCode(Long planId, String code);
}
