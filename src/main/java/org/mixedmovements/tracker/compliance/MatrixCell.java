package org.mixedmovements.tracker.compliance;

import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * One recommendation in one country: its milestones in force there, their progress (mean, rounded down) and the
 * worst of their statuses ({@link WorstStatus}). A listed country without milestones in force has 0 milestones and
 * no status.
 */
public record MatrixCell(Long recommendationId, String countryIso2, long milestones, int progress,
                         ComplianceStatus worst, Map<ComplianceStatus, Long> byStatus) {

    static MatrixCell empty(Long recommendationId, String countryIso2) {
        return new MatrixCell(recommendationId, countryIso2, 0, 0, null, Map.of());
    }
}
