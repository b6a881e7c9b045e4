package org.mixedmovements.tracker.notification;

import org.springframework.stereotype.Component;

/** Runs the outbox's sender now, for tests of other features that read the mails their changes cause. */
@Component
public class OutboxRun {

    private final NotificationSender sender;

    OutboxRun(NotificationSender sender) {
        this.sender = sender;
    }

    /**
     * Sends every mail that is due, batch after batch (the tests share one application, so other tests' mails may be
     * waiting before this test's); returns how many went out.
     */
    public int send() {
        int sent = 0;
        for (int batch = sender.sendDue(), runs = 1; batch > 0 && runs < 50; batch = sender.sendDue(), runs++) {
            sent += batch;
        }
        return sent;
    }
}
