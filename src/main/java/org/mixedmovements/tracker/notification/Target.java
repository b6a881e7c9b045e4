package org.mixedmovements.tracker.notification;

/**
 * Where a notification leads and which piece of work it offers, decided once when it is written: {@code path} is the
 * link (relative to the application's address) in the Inbox and the mail, the page where the work is done;
 * {@code workKey} names the work, so the event that finishes it marks every notification of it done (null: nothing to
 * do, for information).
 */
record Target(String path, String workKey) {

    static final String TASKS = "tasks";

    /** A vote, a period to object, a consensus to record, a quorum not reached: the decision's card in Approvals. */
    static Target decision(Long decisionId) {
        return new Target("approvals/" + decisionId, decisionKey(decisionId));
    }

    /** A vote closed without its quorum, the secretariat's to extend or put to a meeting: the decision's card. */
    static Target quorum(Long decisionId) {
        return new Target("approvals/" + decisionId, quorumKey(decisionId));
    }

    /** Nothing to do: the recommendation's page. */
    static Target information(Long recommendationId) {
        return new Target(recommendationId == null ? null : "recommendations/" + recommendationId, null);
    }

    /** A milestone to work on: its page, the recommendation's (until it is completed or given to another owner). */
    static Target milestone(Long recommendationId, Long milestoneId) {
        return new Target("recommendations/" + recommendationId, milestoneKey(milestoneId));
    }

    /** A plan to draft (again): a task in My tasks (until the plan is submitted). */
    static Target plan(Long recommendationId) {
        return new Target(TASKS, planKey(recommendationId));
    }

    /** The final review: a task in My tasks (until the recommendation is closed). */
    static Target finalReview(Long recommendationId) {
        return new Target(TASKS, finalReviewKey(recommendationId));
    }

    /** A progress report to submit: a task in My tasks (until it is submitted). */
    static Target progressReport(Long reportId) {
        return new Target(TASKS, progressReportKey(reportId));
    }

    /** A task given to a person: My tasks, done with the work the task is about. */
    static Target task(String workKey) {
        return new Target(TASKS, workKey);
    }

    /** An action point a meeting gave the organisation: a task in My tasks (until the organisation marks it done). */
    static Target actionPoint(Long actionPointId) {
        return new Target(TASKS, actionPointKey(actionPointId));
    }

    static String actionPointKey(Long actionPointId) {
        return "action-point:" + actionPointId;
    }

    static String decisionKey(Long decisionId) {
        return "decision:" + decisionId;
    }

    static String quorumKey(Long decisionId) {
        return "quorum:" + decisionId;
    }

    static String planKey(Long recommendationId) {
        return "plan:" + recommendationId;
    }

    static String milestoneKey(Long milestoneId) {
        return "milestone:" + milestoneId;
    }

    static String finalReviewKey(Long recommendationId) {
        return "final-review:" + recommendationId;
    }

    static String responseKey(Long recommendationId) {
        return "response:" + recommendationId;
    }

    static String progressReportKey(Long reportId) {
        return "progress-report:" + reportId;
    }

    static String leadKey(Long recommendationId) {
        return "lead:" + recommendationId;
    }
}
