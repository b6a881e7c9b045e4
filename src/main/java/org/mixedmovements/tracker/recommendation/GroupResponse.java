package org.mixedmovements.tracker.recommendation;

/** The working group's response to a recommendation. */
public enum GroupResponse {
    ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED
}
