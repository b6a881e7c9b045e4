package org.mixedmovements.tracker.task;

/** Which tasks a list shows. */
public enum TaskScope {
    /** Held by me, or offered to one of my groups and held by nobody (I may claim or do them). */
    MINE,
    /** Every open task of my organisation (its staff and its working-group seat) and my teams, whoever holds it. */
    ORGANISATION
}
