package org.mixedmovements.tracker.notification;

import org.springframework.stereotype.Component;

/** Runs the outbox's sender now, for tests of other features that read the mails their changes cause. */
@Component
public class OutboxRun {

    private final NotificationSender sender;

    OutboxRun(NotificationSender sender) {
        this.sender = sender;
    }

    /** Sends every mail that is due; returns how many went out. */
    public int send() {
        return sender.sendDue();
    }
}
