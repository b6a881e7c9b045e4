package org.mixedmovements.tracker.assignment;

import java.util.List;
import java.util.Set;

/** An open task that can be assigned: to whom it is offered, who has it now, and who could take it. */
public record OpenWork(String taskId, Long recommendationId, Long milestoneId, Set<String> groups, String assignee,
                       List<Assignee> candidates) {
}
