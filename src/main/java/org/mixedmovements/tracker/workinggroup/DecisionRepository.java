package org.mixedmovements.tracker.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findBySubjectTypeAndSubjectIdOrderByOpenedAtDesc(String subjectType, Long subjectId);

    List<Decision> findByRecommendationIdOrderByOpenedAtAsc(Long recommendationId);
}
