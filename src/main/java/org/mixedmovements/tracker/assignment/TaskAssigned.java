package org.mixedmovements.tracker.assignment;

/** The secretariat or the chair gave an open task to a person; published so that the person can be told. */
public record TaskAssigned(String taskId, Long recommendationId, Long milestoneId, String assignee,
                           String previousAssignee, String reason, String assignedBy) {
}
