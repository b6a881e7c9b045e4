package org.mixedmovements.tracker.base.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An account that signs in only through an identity provider has no password hash: no password matches it (the
 * delegating encoder would otherwise fail on the missing hash instead of refusing the sign-in).
 */
final class PasswordlessAwareEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    PasswordlessAwareEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return encodedPassword != null && rawPassword != null && delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encodedPassword != null && delegate.upgradeEncoding(encodedPassword);
    }
}
