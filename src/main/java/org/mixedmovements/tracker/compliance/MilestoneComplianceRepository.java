package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneComplianceRepository extends JpaRepository<MilestoneCompliance, Long> {

    /** Rows last evaluated before the given day: candidates for the daily re-evaluation. */
    List<MilestoneCompliance> findByEvaluatedOnBefore(LocalDate day);
}
