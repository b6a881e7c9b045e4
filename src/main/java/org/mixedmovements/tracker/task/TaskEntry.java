package org.mixedmovements.tracker.task;

import org.mixedmovements.tracker.milestone.ReportedStatus;

/**
 * A task in a list, with who holds it and what the signed-in user may do with it: claim it (nobody holds it and it is
 * offered to one of their groups), release it (they hold it), act on it (it is offered to them and nobody else holds
 * it). {@code daysLate} counts the days past a milestone's due date in its plan's time zone (0 when not overdue);
 * {@code reportedStatus} is the owner's last report for milestone work.
 */
public record TaskEntry(TaskCard card, String holder, String holderName, boolean heldByMe, boolean canClaim,
                        boolean canAct, long daysLate, ReportedStatus reportedStatus) {

    public boolean held() {
        return holder != null;
    }

    TaskEntry withCard(TaskCard other) {
        return new TaskEntry(other, holder, holderName, heldByMe, canClaim, canAct, daysLate, reportedStatus);
    }
}
