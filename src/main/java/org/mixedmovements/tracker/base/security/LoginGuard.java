package org.mixedmovements.tracker.base.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Throttles sign-in: after repeated failures a username, or an address, is locked for a while. The security filter
 * chain asks it before every sign-in attempt; the account module keeps the counts and audits the attempts.
 */
public interface LoginGuard {

    /** Until when an attempt for this username from this address is refused, if it is. */
    Optional<Instant> lockedUntil(String username, String remoteAddress);

    /** An attempt was refused without checking its password because it was locked (audited). */
    void refusedWhileLocked(String username, String remoteAddress);
}
