package org.mixedmovements.tracker.compliance;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceFigures;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read model's figures for the recommendation pages and task cards: nothing is computed twice. */
@Component
@Transactional(readOnly = true)
class ReadModelFigures implements ComplianceFigures {

    private final MilestoneComplianceRepository rows;

    ReadModelFigures(MilestoneComplianceRepository rows) {
        this.rows = rows;
    }

    @Override
    public Map<Long, ComplianceStatus> statuses(Collection<Long> milestoneIds) {
        Map<Long, ComplianceStatus> statuses = new HashMap<>();
        if (!milestoneIds.isEmpty()) {
            rows.findAllById(milestoneIds).forEach(r -> statuses.put(r.getMilestoneId(), r.getComplianceStatus()));
        }
        return statuses;
    }

    @Override
    public Map<Long, Integer> progress(Collection<Long> recommendationIds) {
        Map<Long, Integer> progress = new HashMap<>();
        if (!recommendationIds.isEmpty()) {
            for (Object[] row : rows.progressOf(recommendationIds)) {
                progress.put((Long) row[0], (int) (((Number) row[1]).longValue() / ((Number) row[2]).longValue()));
            }
        }
        return progress;
    }
}
