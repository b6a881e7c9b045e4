package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.Milestone;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Milestones found by filters and words (specifications), and the ones whose search text is still missing. */
interface MilestoneSearchRepository extends Repository<Milestone, Long>, JpaSpecificationExecutor<Milestone> {

    Slice<Milestone> findBySearchTextIsNull(Pageable page);

    List<Milestone> findByIdIn(Collection<Long> ids);
}
