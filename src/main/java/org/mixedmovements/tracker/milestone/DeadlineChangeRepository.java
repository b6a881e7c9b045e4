package org.mixedmovements.tracker.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    boolean existsByMilestoneIdAndStatus(Long milestoneId, DeadlineChange.Status status);

    List<DeadlineChange> findByMilestoneIdOrderByRequestedAtAsc(Long milestoneId);
}
