package org.mixedmovements.tracker.recommendation;

public enum CoordinationLevel {
    POLITICAL_STRATEGIC, OPERATIONAL, BOTH
}
