package org.mixedmovements.tracker.meeting;

/**
 * What an agenda item is about: the kinds of open work the tracker proposes (as "who must act now" names them) and a
 * free item the secretariat writes. A decision the group takes by consensus may be decided at the meeting itself.
 */
public enum AgendaItemKind {
    VOTE,
    OBJECTION,
    QUORUM_MISSED,
    CONSENSUS,
    OVERDUE,
    PLAN_TO_DRAFT,
    REPORT_DUE,
    ACTION_POINT,
    FREE;

    /** Whether the meeting may take the decision itself (a consensus, or a vote that missed its quorum). */
    public boolean decidedHere() {
        return this == CONSENSUS;
    }

    /** Whether the item is a decision waiting for the members' votes (or objections), which a meeting may record. */
    public boolean votedOn() {
        return this == VOTE || this == OBJECTION;
    }
}
