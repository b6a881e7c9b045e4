package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.openidprovider.TestOpenIdProvider;
import org.mixedmovements.openidprovider.TestOpenIdProvider.Person;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserAdministration.NewUser;
import org.mixedmovements.tracker.base.security.Role;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in with the organisation's account (issue 17): the login page's button leads to the organisation's OpenID
 * provider (a real one, {@link TestOpenIdProvider}, with its own login form), which sends the person back signed in
 * to the account with the address it verified, on the view of their role; someone the tracker has no account for, or
 * whose address the provider did not verify, is refused in their language, and the audit log keeps the refusal.
 */
@DemoApplicationTest
class SingleSignOnJourneyTest {

    /** The account the administrators made for the provider's member: without a password, matched by address. */
    static final String USERNAME = "maria.sso";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void provider() {
        Browser.assumeAvailable();
        TestOpenIdProvider.start();
    }

    @BeforeEach
    void memberAccount() {
        fixtures.signIn("admin");
        try {
            if (users.find(USERNAME, Pageable.ofSize(5)).isEmpty()) {
                users.create(new NewUser(USERNAME, "María (single sign-on)", TestOpenIdProvider.MEMBER.email(),
                        fixtures.organisation("UNHCR"), Role.WG_MEMBER, "en", null, true));
            }
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aMemberSignsInWithTheirOrganisationsAccountWithoutAPasswordHereAndLandsOnTheirTasks() throws Exception {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.go("login");
            browser.screenshot("login-with-single-sign-on");
            signInAtProvider(browser, TestOpenIdProvider.MEMBER);

            browser.waitForPath("tasks");
            assertThat(browser.currentPath()).isEqualTo("tasks");
            browser.waitUntilTextAppears("María (single sign-on)");
        }
    }

    @Test
    void someoneTheTrackerHasNoAccountForIsRefusedInTheirLanguageAndTheAuditLogKeepsIt() throws Exception {
        int before = refusalsOf(TestOpenIdProvider.STRANGER.email());
        try (Browser browser = Browser.open(port, 390, 844, "es-ES")) {
            browser.go("login");
            signInAtProvider(browser, TestOpenIdProvider.STRANGER);

            browser.waitForPath("login");
            assertThat(browser.text("sso-message")).isEqualTo(Texts.of("es").get("login.sso.refused"));
            browser.screenshot("login-single-sign-on-refused-es-phone");
            browser.go("dashboard");
            assertThat(browser.currentPath()).as("not signed in").isEqualTo("login");
        }
        assertThat(refusalsOf(TestOpenIdProvider.STRANGER.email())).isEqualTo(before + 1);
    }

    @Test
    void anAddressTheProviderDidNotVerifyIsRefusedEvenThoughAnAccountHasIt() throws Exception {
        int before = refusalsOf(TestOpenIdProvider.UNVERIFIED.email());
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.go("login");
            signInAtProvider(browser, TestOpenIdProvider.UNVERIFIED);

            browser.waitForPath("login");
            assertThat(browser.text("sso-message")).isEqualTo(Texts.of("en").get("login.sso.refused"));
        }
        assertThat(refusalsOf(TestOpenIdProvider.UNVERIFIED.email())).isEqualTo(before + 1);
    }

    /** The provider's button, then the provider's own login form. */
    private static void signInAtProvider(Browser browser, Person person) {
        browser.click("sso-" + TestOpenIdProvider.REGISTRATION_ID);
        browser.byId("username").sendKeys(person.username());
        browser.byId("password").sendKeys(TestOpenIdProvider.PASSWORD, Keys.ENTER);
    }

    private int refusalsOf(String email) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_SSO_REFUSED' and actor = ?",
                Integer.class, email);
    }
}
