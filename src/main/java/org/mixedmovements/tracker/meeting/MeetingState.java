package org.mixedmovements.tracker.meeting;

/** Where a meeting stands: scheduled ahead (and being held), closed with its minutes, or cancelled. */
public enum MeetingState {
    SCHEDULED,
    CLOSED,
    CANCELLED
}
