package org.mixedmovements.tracker.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoteRepository extends JpaRepository<Vote, Long> {

    /** A decision's votes in the order cast (a fixed query: the process asks it several times per vote). */
    @Query("select v from Vote v where v.decisionId = :decisionId order by v.castAt, v.id")
    List<Vote> findByDecisionIdOrderByCastAtAsc(@Param("decisionId") Long decisionId);
}
