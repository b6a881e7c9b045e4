package org.mixedmovements.tracker.milestone;

/** The owner reported the milestone's status and progress ("done" submits it). */
public record MilestoneReported(Long milestoneId, Long recommendationId, ReportedStatus status, int progress)
        implements MilestoneEvent {
}
