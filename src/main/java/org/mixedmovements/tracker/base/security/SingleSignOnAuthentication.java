package org.mixedmovements.tracker.base.security;

import java.io.Serial;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A person signed in through their organisation's identity provider: the session holds their {@link TrackerUser} as a
 * password sign-in would, and remembers the provider. It counts as a strong sign-in, so an administrator needs no
 * second factor on top ({@link SecondFactorGate}).
 */
public final class SingleSignOnAuthentication extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String registrationId;

    SingleSignOnAuthentication(TrackerUser user, String registrationId) {
        super(user, null, user.getAuthorities());
        this.registrationId = registrationId;
    }

    public String registrationId() {
        return registrationId;
    }
}
