package org.mixedmovements.tracker.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts of the product brief, created (once) only in the {@code demo} profile. */
@Component
@Profile("demo")
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Tracker-demo-1";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String username, String displayName, String organisationCode, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("secretariat", "WG Secretariat", "OCHA", Set.of(Role.SECRETARIAT)),
            new DemoAccount("chair", "Chair (IOM)", "IOM", Set.of(Role.WG_MEMBER)),
            new DemoAccount("wg.unhcr", "UNHCR representative", "UNHCR", Set.of(Role.WG_MEMBER)),
            new DemoAccount("wg.ocha", "OCHA representative", "OCHA", Set.of(Role.WG_MEMBER)),
            new DemoAccount("wg.ifrc", "IFRC representative", "IFRC", Set.of(Role.WG_MEMBER)),
            new DemoAccount("agency.r4v", "R4V focal point", "R4V", Set.of(Role.AGENCY)),
            new DemoAccount("agency.ibchm", "IBC-HM focal point", "IBC-HM", Set.of(Role.AGENCY)),
            new DemoAccount("admin", "Administrator", "OCHA", Set.of(Role.ADMIN)));

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
                 Clock clock) {
        this.clock = clock;
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            Optional<AppUser> existing = users.findByUsername(account.username());
            if (existing.isPresent()) {
                enrolSecondFactor(existing.get());
                continue;
            }
            Long organisationId = organisations.findByCode(account.organisationCode())
                    .orElseThrow(() -> new IllegalStateException("demo organisation missing: " + account.organisationCode()))
                    .getId();
            AppUser user = new AppUser(account.username(), account.displayName(), null,
                    passwordEncoder.encode(PASSWORD), organisationId, account.roles(), true, clock.instant());
            enrolSecondFactor(user);
            users.save(user);
            created++;
        }
        log.warn("Demo profile: {} demo accounts created, all with the published demo password. Never use in production.",
                created);
    }

    /** The demo administrator's second factor is the published {@link Totp#DEMO_SECRET}, as its password is. */
    private void enrolSecondFactor(AppUser user) {
        if (user.isDemo() && user.getRoles().contains(Role.ADMIN) && user.getSecondFactorSecret() == null) {
            user.proposeSecondFactor(Totp.DEMO_SECRET);
            user.confirmSecondFactor(clock.instant());
        }
    }
}
