package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeadlineEventRepository extends JpaRepository<DeadlineEvent, Long> {

    /** A fixed query (not derived): every deadline timer asks it, and a derived query is translated on each call. */
    @Query("select count(e) > 0 from DeadlineEvent e where e.milestoneId = :milestoneId and e.kind = :kind"
            + " and e.dueDate = :dueDate")
    boolean existsByMilestoneIdAndKindAndDueDate(@Param("milestoneId") Long milestoneId,
                                                 @Param("kind") DeadlineEventKind kind,
                                                 @Param("dueDate") LocalDate dueDate);

    List<DeadlineEvent> findByMilestoneIdOrderByOccurredAtAscIdAsc(Long milestoneId);
}
