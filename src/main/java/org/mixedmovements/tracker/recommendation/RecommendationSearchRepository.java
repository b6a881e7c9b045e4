package org.mixedmovements.tracker.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Recommendations found by words (specifications), and the ones whose search text is still missing. */
interface RecommendationSearchRepository extends Repository<Recommendation, Long>,
        JpaSpecificationExecutor<Recommendation> {

    Slice<Recommendation> findBySearchTextIsNull(Pageable page);

    List<Recommendation> findByIdIn(Collection<Long> ids);

    /** The recommendations found among the ids, each as {@code as} tells it, by id: the ports' look-up. */
    default <T> Map<Long, T> findByIds(Collection<Long> ids, Function<Recommendation, T> as) {
        return findByIdIn(ids).stream().collect(Collectors.toMap(Recommendation::getId, as));
    }
}
