package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/** The milestone counts as completed, on the day its owner submitted it as done. */
public record MilestoneCompleted(Long milestoneId, Long recommendationId, LocalDate completedOn)
        implements MilestoneEvent {
}
