package org.mixedmovements.tracker.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Reads decisions by status, a page at a time, for the approvals and meetings views. */
interface OpenDecisionRepository extends Repository<Decision, Long> {

    Optional<Decision> findById(Long id);

    Page<Decision> findByStatus(Decision.Status status, Pageable pageable);

    Page<Decision> findByStatusAndPlanId(Decision.Status status, Long planId, Pageable pageable);

    List<Decision> findByStatusAndPlanIdAndRuleOrderByOpenedAtAscIdAsc(Decision.Status status, Long planId,
                                                                        DecisionRule rule);

    List<Decision> findByIdInOrderByOpenedAtAscIdAsc(List<Long> ids);

    Page<Decision> findByStatusAndDecidedAtGreaterThanEqual(Decision.Status status, Instant since, Pageable pageable);

    Page<Decision> findByStatusAndPlanIdAndDecidedAtGreaterThanEqual(Decision.Status status, Long planId, Instant since,
                                                                       Pageable pageable);
}
