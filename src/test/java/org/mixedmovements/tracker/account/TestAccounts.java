package org.mixedmovements.tracker.account;

import java.time.Clock;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Working-group representatives beyond the demo accounts, for tests that need every member organisation to vote. */
@Component
public class TestAccounts {

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;

    TestAccounts(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwords,
                 Clock clock) {
        this.clock = clock;
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
    }

    /** A working-group member of the organisation, created once. Returns the username. */
    @Transactional
    public String member(String username, String organisationCode) {
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(username, username, null, passwords.encode("Test-member-password"),
                    organisations.findByCode(organisationCode).orElseThrow().getId(), Set.of(Role.WG_MEMBER), true,
                    clock.instant()));
        }
        return username;
    }
}
