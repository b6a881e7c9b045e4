package org.mixedmovements.tracker.workinggroup;

/** A member's vote; under "no objection" a rejection is an objection. */
public enum VoteChoice {
    APPROVE, REJECT
}
