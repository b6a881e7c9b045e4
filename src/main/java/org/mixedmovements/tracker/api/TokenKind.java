package org.mixedmovements.tracker.api;

/** What a token opens: the REST API (sent as a bearer token) or a calendar feed (in the feed's URL). */
public enum TokenKind {
    /** {@code Authorization: Bearer ...} on {@code /api/v1}: acts as its user. */
    API,
    /** The user's own feed: deadlines of their organisation's milestones and of the recommendations it leads. */
    CALENDAR_USER,
    /** The organisation's feed: deadlines of the milestones it owns. */
    CALENDAR_ORGANISATION;

    public boolean isCalendar() {
        return this != API;
    }
}
