package org.mixedmovements.tracker.workinggroup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findBySubjectTypeAndSubjectIdOrderByOpenedAtDesc(String subjectType, Long subjectId);

    List<Decision> findBySubjectTypeAndSubjectIdInAndStatusAndDecisionType(String subjectType,
            Collection<Long> subjectIds, Decision.Status status, DecisionType type);

    List<Decision> findByRecommendationIdOrderByOpenedAtAsc(Long recommendationId);
}
