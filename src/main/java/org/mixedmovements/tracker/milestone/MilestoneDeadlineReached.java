package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/** A milestone's reminder, overdue mark or escalation happened (once per due date). */
public record MilestoneDeadlineReached(Long milestoneId, Long recommendationId, DeadlineEventKind kind,
                                       LocalDate dueDate) {
}
