package org.mixedmovements.tracker.recommendation;

/** What the deadline process did for a milestone, in the order it does it. */
public enum DeadlineEventKind {
    REMINDER, OVERDUE, ESCALATED_TO_SECRETARIAT, ESCALATED_TO_CHAIR
}
