package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneComplianceRepository extends JpaRepository<MilestoneCompliance, Long> {

    /** Per recommendation: [recommendationId, sum of progress, number of milestones in force]. */
    @Query("select m.recommendationId, sum(m.progress), count(m) from MilestoneCompliance m "
            + "where m.recommendationId in :recommendations group by m.recommendationId")
    List<Object[]> progressOf(@Param("recommendations") Collection<Long> recommendationIds);

    /** Per milestone in force of the plan: [milestoneId, baselineDue, currentDue, completedOn], the trend's dates. */
    @Query("select m.milestoneId, m.baselineDue, m.currentDue, m.completedOn from MilestoneCompliance m "
            + "where m.planId = :plan")
    List<Object[]> datesOfPlan(@Param("plan") Long planId);

    @Query("select m.milestoneId from MilestoneCompliance m")
    Set<Long> findAllMilestoneIds();

    /** Rows last evaluated before the given day: candidates for the daily re-evaluation. */
    List<MilestoneCompliance> findByEvaluatedOnBefore(LocalDate day);
}
