package org.mixedmovements.tracker.base.security;

import java.util.OptionalLong;

/**
 * The session stamp of each account, kept in the database so every node sees the same: raised when an administrator
 * deactivates the account or changes its role or organisation, when its password changes, or when the person signs
 * out everywhere. Implemented by the account feature.
 */
public interface SessionStamps {

    /** The account's stamp now; empty when the account is disabled or gone (no session of it may go on). */
    OptionalLong current(long userId);
}
