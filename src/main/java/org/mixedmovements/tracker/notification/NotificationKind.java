package org.mixedmovements.tracker.notification;

/**
 * What a notification tells. Its text is {@code notification.kind.<KIND>} in the bundles, with the arguments {0} the
 * recommendation's code, {1} its title, {2} the milestone's name (or empty) and, from {3}, what the kind adds.
 */
public enum NotificationKind {
    TASK_ASSIGNED, MILESTONE_OWNER_CHANGED, REMINDER, OVERDUE, ESCALATED_TO_SECRETARIAT, ESCALATED_TO_CHAIR,
    DECISION_TAKEN;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
