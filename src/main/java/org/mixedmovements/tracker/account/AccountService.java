package org.mixedmovements.tracker.account;

import java.util.Locale;
import java.util.Optional;
import org.mixedmovements.tracker.base.Languages;
import java.util.OptionalLong;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.mixedmovements.tracker.base.security.SessionStamps;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in (as Spring Security's user store), tells each request whether its session still follows the
 * account (its session stamp, read from the database on each request so every node sees a change at once), and
 * remembers the language each one chose.
 */
@Service
class AccountService implements UserDetailsService, LocalePreference, SessionStamps {

    private final AppUserRepository users;
    private final OrganisationService organisations;

    AccountService(AppUserRepository users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public TrackerUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String organisationCode = organisations.get(user.getOrganisationId()).getCode();
        return new TrackerUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getOrganisationId(),
                organisationCode, user.getRoles(), user.getPasswordHash(), user.isEnabled(), user.getSessionStamp());
    }

    @Override
    public OptionalLong current(long userId) {
        return users.activeSessionStamp(userId).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> localeOf(String username) {
        return users.findByUsername(username).map(u -> Languages.of(Locale.forLanguageTag(u.getLocale())));
    }

    @Override
    @Transactional
    public void remember(String username, Locale locale) {
        users.findByUsername(username).ifPresent(u -> u.setLocale(Languages.of(locale).toLanguageTag()));
    }
}
