package org.mixedmovements.tracker.base.security;

import java.time.Duration;

/**
 * Forgot password: sends a one-time sign-in link by mail to the account with this username or e-mail address, if
 * there is one (with an address); the answer is the same either way. Implemented by the account feature.
 */
public interface SignInLinkRequests {

    /** How long a link works. */
    Duration VALID_FOR = Duration.ofMinutes(15);

    void send(String usernameOrEmail);
}
