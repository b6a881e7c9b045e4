package org.mixedmovements.tracker.workinggroup;

/** How the group decides. */
public enum DecisionRule {
    /** Majority of the votes cast, once a quorum of the eligible member organisations has voted; the chair breaks a tie. */
    MAJORITY,
    /** Approved unless a member organisation objects before the period ends; silence is consent. */
    NO_OBJECTION,
    /** Taken by consensus at a meeting; the secretariat records it with the meeting's date and minutes. */
    CONSENSUS
}
