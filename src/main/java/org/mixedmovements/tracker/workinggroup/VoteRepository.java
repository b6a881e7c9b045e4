package org.mixedmovements.tracker.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByDecisionIdOrderByCastAtAsc(Long decisionId);

    boolean existsByDecisionIdAndOrganisationIdAndCasting(Long decisionId, Long organisationId, boolean casting);
}
