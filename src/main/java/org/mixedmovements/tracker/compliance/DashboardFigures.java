package org.mixedmovements.tracker.compliance;

import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/** The dashboard's figures for one plan: approved milestones by compliance status, and each recommendation. */
public record DashboardFigures(Long planId, String planTitle, Map<ComplianceStatus, Long> milestonesByStatus,
                               long approvedMilestones, int planProgress, List<RecommendationSummary> recommendations) {

    public long count(ComplianceStatus status) {
        return milestonesByStatus.getOrDefault(status, 0L);
    }
}
