package org.mixedmovements.tracker.milestone;

/** An owner asked for a new due date: the milestone's process puts it to the working group. */
public record DeadlineChangeRequested(Long deadlineChangeId, Long milestoneId) {
}
