package org.mixedmovements.tracker.compliance;

import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The figures of one group of milestones in force (docs/compliance.md): counts by status, progress (mean, rounded
 * down), on-time rate (completed on time among completed, in percent, rounded down; null before any completion), and
 * slippage (milestones whose due date moved, and the total days moved).
 *
 * @param key the group: a plan or recommendation id, a country code ("REGIONAL" for none), an organisation id, a
 *            theme or a coordination level
 */
public record RollUp(String key, long milestones, Map<ComplianceStatus, Long> byStatus, int progress,
                     Integer onTimeRate, long slipped, long slippageDays) {

    public long count(ComplianceStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
