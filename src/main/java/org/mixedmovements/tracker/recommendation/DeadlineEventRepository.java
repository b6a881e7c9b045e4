package org.mixedmovements.tracker.recommendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineEventRepository extends JpaRepository<DeadlineEvent, Long> {

    boolean existsByMilestoneIdAndKindAndDueDate(Long milestoneId, DeadlineEventKind kind, LocalDate dueDate);

    List<DeadlineEvent> findByMilestoneIdOrderByOccurredAtAscIdAsc(Long milestoneId);
}
