package org.mixedmovements.tracker.notification;

/**
 * What a notification tells. Its text is {@code notification.kind.<KIND>} in the bundles, with the arguments {0} the
 * recommendation's code, {1} its title, {2} the milestone's name (or empty) and, from {3}, what the kind adds.
 */
public enum NotificationKind {
    TASK_ASSIGNED, MILESTONE_OWNER_CHANGED, REMINDER, OVERDUE, ESCALATED_TO_SECRETARIAT, ESCALATED_TO_CHAIR,
    DECISION_TAKEN,
    /** Work offered: a vote is open (majority), to the members who vote on it. */
    VOTE_OPENED,
    /** Work offered: a period to object is open (no objection), to the members who may object, with its last day. */
    OBJECTION_PERIOD_OPENED,
    /** Work offered: a decision to record at a meeting (consensus), to the secretariat. */
    CONSENSUS_TO_RECORD,
    /** Work offered: the organisation leads a recommendation and drafts its plan, to its focal points. */
    LEAD_NAMED,
    /** Work offered: the group sent the plan back with its reasons, to the lead's focal points. */
    PLAN_RETURNED,
    /** Work offered: a milestone of an approved plan is the organisation's (not the lead's), to its focal points. */
    MILESTONE_GIVEN,
    /** Work offered: every milestone is completed, the final review is the secretariat's. */
    FINAL_REVIEW_DUE,
    /** For information: the group approved the plan, to the lead's focal points. */
    PLAN_APPROVED,
    /** For information: an approved change moved a milestone's due date, to the owner's focal points. */
    DUE_DATE_MOVED,
    /** Work: the plan's reminder days before a vote or an objection period closes, to the members who have not acted. */
    DECISION_CLOSING_SOON,
    /** Work: the secretariat or the chair asks the members who have not acted to act. */
    DECISION_NUDGE,
    /** Work: a vote closed without its quorum; the secretariat extends it once or puts it to a meeting. */
    QUORUM_NOT_REACHED,
    /** Work: the secretariat extended a vote without its quorum, to the members who have not voted. */
    VOTE_EXTENDED;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
