package org.mixedmovements.tracker.account;

import java.time.Instant;

/**
 * A person asked for a one-time sign-in link (forgot password): the notification feature mails it through its outbox,
 * in the same transaction. The link is the secret; it lives in the outbox only until the mail has gone.
 */
public record SignInLinkRequested(long userId, String link, Instant expiresAt) {
}
