package org.mixedmovements.tracker.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * An open user task, as the rest of the application sees it. {@code milestoneId} is set for milestone work (and for
 * decisions about a milestone), {@code decisionId} for decision tasks, {@code progressReportId} for a progress report
 * to submit.
 */
public record WorkItem(String id, WorkItemKind kind, Long recommendationId, Long milestoneId, Long decisionId,
                       Long progressReportId, Set<String> candidateGroups, String assignee, Instant created) {

    public boolean offeredToAny(Set<String> groups) {
        return candidateGroups.stream().anyMatch(groups::contains);
    }
}
