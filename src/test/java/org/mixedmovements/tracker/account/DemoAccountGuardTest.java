package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@TrackerTest
class DemoAccountGuardTest {

    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwords;

    @Test
    void outsideTheDemoProfileADatabaseWithDemoAccountsRefusesToStart() {
        // this database was filled by the demo profile; the guard is what every other profile runs at start-up
        assertThatThrownBy(() -> new DemoAccountGuard(users).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo accounts");
    }

    @Test
    void theDemoAccountsOfTheBriefExistWithHashedPasswords() {
        assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.DemoAccount::username)
                .containsExactlyInAnyOrder("secretariat", "chair", "wg.unhcr", "wg.ocha", "wg.ifrc", "agency.r4v",
                        "agency.ibchm", "admin");
        AppUser chair = users.findByUsername("chair").orElseThrow();
        assertThat(chair.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(DemoAccounts.PASSWORD);
        assertThat(passwords.matches(DemoAccounts.PASSWORD, chair.getPasswordHash())).isTrue();
    }
}
