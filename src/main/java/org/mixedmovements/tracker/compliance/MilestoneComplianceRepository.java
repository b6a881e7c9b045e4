package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneComplianceRepository extends JpaRepository<MilestoneCompliance, Long> {

    /** Status counts of a plan's milestones in force: [status, count]. */
    @Query("select m.complianceStatus, count(m) from MilestoneCompliance m where m.planId = :plan group by m.complianceStatus")
    List<Object[]> countByStatus(@Param("plan") Long planId);

    /** Per recommendation of a plan: [recommendationId, sum of progress, number of milestones]. */
    @Query("select m.recommendationId, sum(m.progress), count(m) from MilestoneCompliance m where m.planId = :plan group by m.recommendationId")
    List<Object[]> progressByRecommendation(@Param("plan") Long planId);

    /** Rows last evaluated before the given day: candidates for the daily re-evaluation. */
    List<MilestoneCompliance> findByEvaluatedOnBefore(LocalDate day);
}
