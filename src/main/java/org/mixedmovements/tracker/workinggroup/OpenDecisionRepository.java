package org.mixedmovements.tracker.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads decisions by status, a page at a time, for the approvals and meetings views. */
interface OpenDecisionRepository extends Repository<Decision, Long> {

    Optional<Decision> findById(Long id);

    /** Open decisions (of one plan, or all when null): waiting for the secretariat, then closing soonest, then oldest. */
    @Query(value = "select d from Decision d where d.status = org.mixedmovements.tracker.workinggroup.Decision.Status.OPEN"
            + " and (:planId is null or d.planId = :planId)"
            + " order by case when d.votingClosed = true then 0 when d.closesAt is null then 2 else 1 end,"
            + " d.closesAt, d.openedAt, d.id",
            countQuery = "select count(d) from Decision d"
                    + " where d.status = org.mixedmovements.tracker.workinggroup.Decision.Status.OPEN"
                    + " and (:planId is null or d.planId = :planId)")
    Page<Decision> findOpenMostUrgentFirst(@Param("planId") Long planId, Pageable pageable);

    List<Decision> findByStatusAndPlanIdAndRuleOrderByOpenedAtAscIdAsc(Decision.Status status, Long planId,
                                                                        DecisionRule rule);

    List<Decision> findByIdInOrderByOpenedAtAscIdAsc(List<Long> ids);

    List<Decision> findByStatusAndRecommendationIdOrderByOpenedAtAscIdAsc(Decision.Status status,
                                                                          Long recommendationId);

    Page<Decision> findByStatusAndDecidedAtGreaterThanEqual(Decision.Status status, Instant since, Pageable pageable);

    Page<Decision> findByStatusAndPlanIdAndDecidedAtGreaterThanEqual(Decision.Status status, Long planId, Instant since,
                                                                       Pageable pageable);
}
