package org.mixedmovements.tracker.base.security;

import java.util.Optional;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context; services ask it, views never pass an identity in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<TrackerUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TrackerUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static TrackerUser require() {
        return find().orElseThrow(() -> new NotPermittedException("error.not-signed-in"));
    }

    /** The user, who must hold one of the roles. */
    public static TrackerUser requireAny(Role... roles) {
        TrackerUser user = require();
        for (Role role : roles) {
            if (user.has(role)) {
                return user;
            }
        }
        throw new NotPermittedException("error.role-required", (Object) roles[0].name());
    }

    /** Whether the person signed in by following a one-time sign-in link (forgot password), not with a password. */
    public static boolean signedInByLink() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OneTimeTokenAuthenticationToken;
    }

    /**
     * This session goes on as the given user (the same person after a change of their own account, such as a new
     * password with a new session stamp): their other sessions end, this one does not. It then counts as signed in
     * with a password.
     */
    public static void continueAs(TrackerUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The audit log's name for work the engine does on its own (shown to people as their word for "the system"). */
    public static final String SYSTEM = "system";

    /** A name for the audit log: the username, or {@link #SYSTEM} for work the engine does on its own. */
    public static String actorName() {
        return find().map(TrackerUser::getUsername).orElse(SYSTEM);
    }
}
