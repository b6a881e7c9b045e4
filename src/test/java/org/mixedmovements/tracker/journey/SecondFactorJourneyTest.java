package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.account.Totp;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserAdministration.NewUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator's second factor (issue 17): a new administrator signs in with their password, sets up an
 * authenticator app with the key the tracker shows, has a wrong code refused, confirms with the right one and lands
 * on the dashboard; the next sign-in asks for a code again, and without it no administration page opens.
 */
@DemoApplicationTest
class SecondFactorJourneyTest {

    static final String PASSWORD = "Second-factor-pass-1";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void aNewAdministratorSetsUpACodeAtFirstSignInAndAWrongCodeIsRefused() throws Exception {
        String username = "admin.totp." + UUID.randomUUID().toString().substring(0, 8);
        fixtures.signIn("admin");
        try {
            users.create(new NewUser(username, "Second administrator", null, fixtures.organisation("OCHA"), Role.ADMIN,
                    "en", PASSWORD));
        } finally {
            fixtures.signOut();
        }
        Texts texts = Texts.of("en");
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signInWithPassword(username, PASSWORD);
            assertThat(browser.currentPath()).isEqualTo("second-factor");
            String secret = browser.text("second-factor-secret").replace(" ", "");
            assertThat(secret).matches("[A-Z2-7]{32}");
            browser.screenshot("second-factor-setup");

            // until the code, an administration page sends back to the code
            browser.go("admin/users");
            assertThat(browser.currentPath()).isEqualTo("second-factor");
            assertThat(browser.text("second-factor-secret").replace(" ", "")).as("the key typed into the app stays")
                    .isEqualTo(secret);

            browser.enterSecondFactorCode(Totp.code(secret, TestClock.now().plus(Duration.ofMinutes(10))));
            browser.waitUntilTextAppears(texts.get("second-factor.error.code"));
            assertThat(browser.currentPath()).isEqualTo("second-factor");

            browser.enterSecondFactorCode(Totp.code(secret, TestClock.now()));
            browser.waitForPath("dashboard");

            browser.logout();
            browser.signInWithPassword(username, PASSWORD);
            assertThat(browser.currentPath()).isEqualTo("second-factor");
            assertThat(browser.all("#second-factor-secret")).as("set up once").isEmpty();
            browser.screenshot("second-factor-code");
            browser.enterSecondFactorCode(Totp.code(secret, TestClock.now()));
            browser.waitForPath("dashboard");
            browser.go("admin/users");
            assertThat(browser.currentPath()).isEqualTo("admin/users");
            // with the code typed, the administrator reads the health of each part (HealthOverHttpTest: not before)
            browser.go("actuator/health");
            browser.waitUntilTextAppears("processEngine");
        }
    }
}
