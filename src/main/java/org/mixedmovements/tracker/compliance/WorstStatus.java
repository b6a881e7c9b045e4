package org.mixedmovements.tracker.compliance;

import java.util.Collection;
import java.util.List;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The status a group of milestones is shown by (a dashboard row, a matrix cell): the worst of its milestones'
 * statuses, in the order of docs/compliance.md. While any milestone is still open, the group is shown by the worst of
 * its open ones: "completed late" on a recommendation with work still running read as if it were finished. Once every
 * milestone is completed, a milestone completed late marks the group, because the lateness is a fact that no later
 * report can undo.
 */
public final class WorstStatus {

    /** Worst first. */
    public static final List<ComplianceStatus> SEVERITY = List.of(ComplianceStatus.NOT_IMPLEMENTED,
            ComplianceStatus.OVERDUE, ComplianceStatus.AT_RISK, ComplianceStatus.COMPLETED_LATE,
            ComplianceStatus.ON_TRACK, ComplianceStatus.NOT_DUE_YET, ComplianceStatus.COMPLETED_ON_TIME);

    private WorstStatus() {
    }

    private static final List<ComplianceStatus> COMPLETED = List.of(ComplianceStatus.COMPLETED_LATE,
            ComplianceStatus.COMPLETED_ON_TIME);

    /** The worst of the open statuses, or when none is open the worst of the completed ones; null for none. */
    public static ComplianceStatus of(Collection<ComplianceStatus> statuses) {
        return SEVERITY.stream().filter(s -> !COMPLETED.contains(s)).filter(statuses::contains).findFirst()
                .orElseGet(() -> SEVERITY.stream().filter(statuses::contains).findFirst().orElse(null));
    }
}
