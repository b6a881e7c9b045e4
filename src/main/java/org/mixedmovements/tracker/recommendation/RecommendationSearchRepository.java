package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Recommendations found by words (specifications), and the ones whose search text is still missing. */
interface RecommendationSearchRepository extends Repository<Recommendation, Long>,
        JpaSpecificationExecutor<Recommendation> {

    Slice<Recommendation> findBySearchTextIsNull(Pageable page);

    List<Recommendation> findByIdIn(Collection<Long> ids);
}
