package org.mixedmovements.tracker.progressreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    boolean existsByRecommendationIdAndPeriodStart(Long recommendationId, LocalDate periodStart);

    List<ProgressReport> findByPlanIdAndSubmittedAtIsNullOrderByDueDateAscIdAsc(Long planId);

    List<ProgressReport> findByPlanIdAndSubmittedAtGreaterThanEqualOrderBySubmittedAtAscIdAsc(Long planId,
                                                                                              Instant since);

    List<ProgressReport> findByRecommendationIdOrderByPeriodStartDescIdDesc(Long recommendationId);
}
