package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The dashboard's figures for a selection: the recommendations' responses and implementation (from the domain), the
 * counts of the milestones selected ({@code total}), each recommendation's progress and worst status, and the national
 * matrix (from the compliance read model).
 *
 * @param today the plan's date in its time zone
 */
public record DashboardSnapshot(Long planId, String planTitle, ZoneId zone, LocalDate today, RollUp total,
                                RecommendationFigures recommendationFigures,
                                List<RecommendationProgress> recommendations, NationalMatrix matrix) {

    public long count(ComplianceStatus status) {
        return total.count(status);
    }

    /** Completed on time and completed late together. */
    public long completed() {
        return count(ComplianceStatus.COMPLETED_ON_TIME) + count(ComplianceStatus.COMPLETED_LATE);
    }
}
