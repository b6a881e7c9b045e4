package org.mixedmovements.tracker.base.security;

import java.util.Optional;

/**
 * Matches a person who signed in at an identity provider to an account of the tracker; implemented by the account
 * module. Signing in never creates an account: the tracker's administrators decide who is in, with which role and
 * organisation.
 */
public interface SingleSignOnAccounts {

    /**
     * The one enabled account with this e-mail address when the provider says it verified the address; otherwise
     * nobody, and the refusal is audited (with the provider and the address, never a token).
     *
     * @param provider the registration's display name, for the audit log
     */
    Optional<TrackerUser> signIn(String provider, String email, boolean emailVerified);
}
