package org.mixedmovements.tracker.compliance;

import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;

/**
 * A recommendation's figures for the milestones a dashboard filter selects: how many, their progress (mean, rounded
 * down; 0 without milestones) and the worst of their statuses (null without milestones).
 */
public record RecommendationProgress(Long id, String code, String title, RecommendationStatus status,
                                     String leadOrganisationCode, long milestones, int progress,
                                     ComplianceStatus worst, Map<ComplianceStatus, Long> byStatus) {
}
