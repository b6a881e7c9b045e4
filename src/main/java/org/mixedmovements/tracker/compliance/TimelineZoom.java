package org.mixedmovements.tracker.compliance;

/** How much of the calendar the timeline shows at once. */
public enum TimelineZoom {
    QUARTER, YEAR, ALL
}
