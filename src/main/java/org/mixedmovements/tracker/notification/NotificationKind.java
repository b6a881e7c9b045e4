package org.mixedmovements.tracker.notification;

/**
 * What a notification tells. Its text is {@code notification.kind.<KIND>} in the bundles, with the arguments {0} the
 * recommendation's code, {1} its title, {2} the milestone's name (or empty) and, from {3}, what the kind adds; its
 * name in words (the Inbox's mail choices) is {@code notification.kind-name.<KIND>}. Its {@link Category} is the one
 * place that says whether it offers work (the Inbox's "To do") and how it is mailed unless the person chooses.
 */
public enum NotificationKind {
    TASK_ASSIGNED(Category.WORK),
    MILESTONE_OWNER_CHANGED(Category.WORK),
    REMINDER(Category.DEADLINE),
    OVERDUE(Category.DEADLINE),
    ESCALATED_TO_SECRETARIAT(Category.ESCALATION),
    ESCALATED_TO_CHAIR(Category.ESCALATION),
    DECISION_TAKEN(Category.INFORMATION),
    /** Work offered: a vote is open (majority), to the members who vote on it. */
    VOTE_OPENED(Category.WORK),
    /** Work offered: a period to object is open (no objection), to the members who may object, with its last day. */
    OBJECTION_PERIOD_OPENED(Category.WORK),
    /** Work offered: a decision to record at a meeting (consensus), to the secretariat. */
    CONSENSUS_TO_RECORD(Category.WORK),
    /** Work offered: the organisation leads a recommendation and drafts its plan, to its focal points. */
    LEAD_NAMED(Category.WORK),
    /** Work offered: the group sent the plan back with its reasons, to the lead's focal points. */
    PLAN_RETURNED(Category.WORK),
    /** Work offered: a milestone of an approved plan is the organisation's (not the lead's), to its focal points. */
    MILESTONE_GIVEN(Category.WORK),
    /** Work offered: every milestone is completed, the final review is the secretariat's. */
    FINAL_REVIEW_DUE(Category.WORK),
    /** For information: the group approved the plan, to the lead's focal points. */
    PLAN_APPROVED(Category.INFORMATION),
    /** For information: an approved change moved a milestone's due date, to the owner's focal points. */
    DUE_DATE_MOVED(Category.INFORMATION),
    /** Work: a decision closes soon and the member's organisation has not acted yet, to its members. */
    DECISION_CLOSING_SOON(Category.WORK),
    /** Work: the secretariat or the chair asks the members who have not acted on a decision to act. */
    DECISION_NUDGE(Category.WORK),
    /** Work: a majority vote closed without its quorum, back to the secretariat (extend it once or take it to a meeting). */
    QUORUM_NOT_REACHED(Category.WORK),
    /** Work: the secretariat extended a vote without its quorum, to the members who have not voted. */
    VOTE_EXTENDED(Category.WORK),
    /** Work offered: a reporting period ended, the lead's progress report on a recommendation is due, to its focal points. */
    PROGRESS_REPORT_DUE(Category.WORK),
    /** A progress report's due date is near and it is not in yet, to the lead's focal points. */
    PROGRESS_REPORT_REMINDER(Category.DEADLINE),
    /** A progress report is missing after the grace period: to the secretariat and the lead's focal points. */
    PROGRESS_REPORT_ESCALATED(Category.ESCALATION),
    /** A meeting of the group was scheduled: to the members, with the invitation for their calendar. */
    MEETING_INVITATION(Category.MEETING),
    /** A scheduled meeting moved (when, where or its title): to the members, with the updated invitation. */
    MEETING_UPDATED(Category.MEETING),
    /** A scheduled meeting was cancelled: to the members, with the cancellation for their calendar. */
    MEETING_CANCELLED(Category.MEETING),
    /** A meeting was closed and its minutes are ready: to the members. */
    MEETING_MINUTES(Category.MEETING),
    /** A meeting gave the organisation an action point, to its focal points: a task in My tasks until it is done. */
    ACTION_POINT_GIVEN(Category.WORK);

    /** What a kind is to its reader; each category has the mail channel a person gets unless they choose another. */
    public enum Category {
        /** Work offered to the reader: in "To do" until the work is done; mailed at once. */
        WORK(EmailMode.IMMEDIATE),
        /** Late work taken higher: mailed at once, for information in the Inbox. */
        ESCALATION(EmailMode.IMMEDIATE),
        /** A due date comes or passes: in the daily digest. */
        DEADLINE(EmailMode.DAILY_DIGEST),
        /** What happened: in the daily digest. */
        INFORMATION(EmailMode.DAILY_DIGEST),
        /**
         * A meeting's invitation, update, cancellation or minutes: mailed at once, each on its own (a calendar
         * attachment cannot travel in a digest), unless the person chose no mail for it.
         */
        MEETING(EmailMode.IMMEDIATE);

        private final EmailMode defaultMode;

        Category(EmailMode defaultMode) {
            this.defaultMode = defaultMode;
        }
    }

    private final Category category;

    NotificationKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Work offered: listed under "To do" until the work is recorded as done. */
    public boolean offersWork() {
        return category == Category.WORK;
    }

    /** How it is mailed to a person who did not choose for this kind. */
    public EmailMode defaultMode() {
        return category.defaultMode;
    }

    public String messageKey() {
        return "notification.kind." + name();
    }

    /** The kind in words, as the mail choices list it. */
    public String nameKey() {
        return "notification.kind-name." + name();
    }
}
