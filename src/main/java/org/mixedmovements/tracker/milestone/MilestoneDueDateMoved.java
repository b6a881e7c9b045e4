package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/** An approved deadline change moved the current due date; the baseline stays. */
public record MilestoneDueDateMoved(Long milestoneId, Long recommendationId, LocalDate previousDue, LocalDate newDue)
        implements MilestoneEvent {
}
