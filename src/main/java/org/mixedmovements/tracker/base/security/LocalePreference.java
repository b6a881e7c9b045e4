package org.mixedmovements.tracker.base.security;

import java.util.Locale;
import java.util.Optional;

/** Remembers the language each user chose; implemented by the account feature. */
public interface LocalePreference {

    Optional<Locale> localeOf(String username);

    void remember(String username, Locale locale);
}
