package org.mixedmovements.tracker.workinggroup;

/** What the group decides on. */
public enum DecisionType {
    RESPONSE, PLAN, MILESTONE, DEADLINE_CHANGE
}
