package org.mixedmovements.tracker.account;

import java.time.Clock;
import java.util.Set;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
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
 * A real deployment has no demo accounts: on a start without any enabled administrator (the first start) it creates
 * the first administrator from environment variables, and refuses to start without them or with a password that
 * breaks the {@link PasswordPolicy} (short, the demo password, 'admin', 'password' and the like). Neither the log nor
 * the error ever shows the password. Once an administrator exists the variables are not read again (remove them).
 */
@Component
@Profile("!demo")
@Order(40)
class FirstAdministrator implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String organisationCode;

    FirstAdministrator(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
                       AuditLog audit, Clock clock,
                       @Value("${tracker.admin.username:}") String username,
                       @Value("${tracker.admin.password:}") String password,
                       @Value("${tracker.admin.organisation:}") String organisationCode) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.organisationCode = organisationCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.countEnabledWithRole(Role.ADMIN) > 0) {
            return;
        }
        checkSettings(username, password, organisationCode);
        if (users.existsByUsernameIgnoreCase(username.strip())) {
            throw new IllegalStateException("No enabled administrator exists and TRACKER_ADMIN_USERNAME names an "
                    + "existing account (" + username.strip() + "): choose a new username for the first administrator");
        }
        Long organisationId = organisations.findByCode(organisationCode)
                .orElseThrow(() -> new IllegalStateException("TRACKER_ADMIN_ORGANISATION: no organisation " + organisationCode))
                .getId();
        AppUser admin = users.saveAndFlush(new AppUser(username.strip(), "Administrator", null,
                passwordEncoder.encode(password), organisationId, Set.of(Role.ADMIN), false, clock.instant()));
        audit.record("USER_CREATED", UserAdministration.AUDIT_SUBJECT, admin.getId(),
                AuditDetails.of("audit.details.first-admin-created", admin.getUsername()), "username=" + admin.getUsername()
                + ", organisation=" + organisationCode + ", roles=ADMIN, enabled=true");
        log.info("First administrator {} created for {}", admin.getUsername(), organisationCode);
    }

    static void checkSettings(String username, String password, String organisationCode) {
        if (username.isBlank() || password.isBlank() || organisationCode.isBlank()) {
            throw new IllegalStateException("No enabled administrator exists: set TRACKER_ADMIN_USERNAME, "
                    + "TRACKER_ADMIN_PASSWORD and TRACKER_ADMIN_ORGANISATION to create the first administrator");
        }
        var problems = PasswordPolicy.check(username, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("TRACKER_ADMIN_PASSWORD is refused: " + PasswordPolicy.describe(problems)
                    + " (at least " + MIN_PASSWORD_LENGTH + " characters, not the demo password, not a well-known "
                    + "weak password, not the username)");
        }
    }
}
