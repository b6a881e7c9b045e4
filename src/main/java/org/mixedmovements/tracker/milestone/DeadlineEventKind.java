package org.mixedmovements.tracker.milestone;

/** What the deadline process did for a milestone, in the order it does it. */
public enum DeadlineEventKind {
    REMINDER, OVERDUE, ESCALATED_TO_SECRETARIAT, ESCALATED_TO_CHAIR
}
