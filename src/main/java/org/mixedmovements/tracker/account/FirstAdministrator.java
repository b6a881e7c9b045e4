package org.mixedmovements.tracker.account;

import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment has no demo accounts: on its first start (no user at all) it creates the first administrator from
 * environment variables, and refuses to start without them or with a weak password.
 */
@Component
@Profile("!demo")
@Order(40)
class FirstAdministrator implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String organisationCode;

    FirstAdministrator(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
                       @Value("${tracker.admin.username:}") String username,
                       @Value("${tracker.admin.password:}") String password,
                       @Value("${tracker.admin.organisation:}") String organisationCode) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
        this.organisationCode = organisationCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        checkSettings(username, password, organisationCode);
        Long organisationId = organisations.findByCode(organisationCode)
                .orElseThrow(() -> new IllegalStateException("TRACKER_ADMIN_ORGANISATION: no organisation " + organisationCode))
                .getId();
        users.save(new AppUser(username, "Administrator", null, passwordEncoder.encode(password), organisationId,
                Set.of(Role.ADMIN), false));
        log.info("First administrator {} created for {}", username, organisationCode);
    }

    static void checkSettings(String username, String password, String organisationCode) {
        if (username.isBlank() || password.isBlank() || organisationCode.isBlank()) {
            throw new IllegalStateException("First start without users: set TRACKER_ADMIN_USERNAME, "
                    + "TRACKER_ADMIN_PASSWORD and TRACKER_ADMIN_ORGANISATION to create the first administrator");
        }
        if (password.length() < MIN_PASSWORD_LENGTH || password.equals(DemoAccounts.PASSWORD)) {
            throw new IllegalStateException("TRACKER_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters and must not be the demo password");
        }
    }
}
