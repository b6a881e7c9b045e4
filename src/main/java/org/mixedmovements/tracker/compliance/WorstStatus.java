package org.mixedmovements.tracker.compliance;

import java.util.Collection;
import java.util.List;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The status a group of milestones is shown by (a dashboard row, a matrix cell): the worst of its milestones'
 * statuses, in the order of docs/compliance.md. A milestone completed late counts as worse than open work on track,
 * because the lateness is a fact that no later report can undo.
 */
public final class WorstStatus {

    /** Worst first. */
    public static final List<ComplianceStatus> SEVERITY = List.of(ComplianceStatus.NOT_IMPLEMENTED,
            ComplianceStatus.OVERDUE, ComplianceStatus.AT_RISK, ComplianceStatus.COMPLETED_LATE,
            ComplianceStatus.ON_TRACK, ComplianceStatus.NOT_DUE_YET, ComplianceStatus.COMPLETED_ON_TIME);

    private WorstStatus() {
    }

    /** The worst of the statuses; null for none. */
    public static ComplianceStatus of(Collection<ComplianceStatus> statuses) {
        return SEVERITY.stream().filter(statuses::contains).findFirst().orElse(null);
    }
}
