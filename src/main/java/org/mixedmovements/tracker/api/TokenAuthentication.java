package org.mixedmovements.tracker.api;

import java.util.Optional;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A request authenticated by a personal token: the principal is the token's user, as after a sign-in. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    private final transient TokenUser token;

    TokenAuthentication(TokenUser token) {
        super(token.user().getAuthorities());
        this.token = token;
        setAuthenticated(true);
    }

    public TokenUser token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public TrackerUser getPrincipal() {
        return token.user();
    }

    /** The token behind the current request, if a token (not a cookie session) authenticated it. */
    public static Optional<TokenUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof TokenAuthentication t ? Optional.of(t.token()) : Optional.empty();
    }
}
