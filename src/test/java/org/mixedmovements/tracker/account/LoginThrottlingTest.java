package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.security.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling over real HTTP and in the shared database: five wrong passwords lock the account from that client
 * address for 15 minutes, the login page says so and until when, even the right password is then refused there (but
 * not from an address that has not failed), and every attempt is in the audit log without its password.
 */
class LoginThrottlingTest extends UiTest {

    static final AtomicInteger USERS = new AtomicInteger();
    static final String PASSWORD = "Orchid-Lantern-4815";

    @LocalServerPort int port;
    @Autowired UserAdministration administration;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcTemplate jdbc;
    @Autowired AppUserRepository users;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void forgetTheLocks() {
        throttle.forgetAll();
    }

    String newUser() {
        String username = "throttled." + USERS.incrementAndGet() + "." + System.nanoTime() % 100000;
        fixtures.signIn("admin");
        administration.create(new UserAdministration.NewUser(username, "Throttled user", null,
                fixtures.organisation("R4V"), Role.AGENCY, "en", PASSWORD));
        fixtures.signOut();
        return username;
    }

    List<String> auditedLogins(String username) {
        return jdbc.queryForList("select action from audit_event where actor = ? and subject_type = 'login' order by id",
                String.class, username);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatAddressAndEvenTheRightOneIsThenRefusedThere() throws Exception {
        String username = newUser();
        Http browser = new Http(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(Http.location(browser.login(username, "wrong-guess-" + i))).contains("/login?error");
        }
        String locked = Http.location(browser.login(username, PASSWORD));
        assertThat(locked).contains("/login?locked=");
        // the redirect carries the lock's end, 15 minutes after the fifth failure, for the page to say in words
        long until = Long.parseLong(locked.substring(locked.indexOf("locked=") + 7));
        assertThat(Instant.ofEpochSecond(until)).isBetween(org.mixedmovements.tracker.TestClock.now().plus(Duration.ofMinutes(14)),
                org.mixedmovements.tracker.TestClock.now().plus(Duration.ofMinutes(16)));
        assertThat(browser.get("/dashboard").statusCode()).as("not signed in").isEqualTo(302);
        // another browser from the same address would not help: the account is locked from that address
        assertThat(Http.location(new Http(port).login(username, PASSWORD))).contains("/login?locked");

        assertThat(auditedLogins(username)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_REFUSED_LOCKED", "LOGIN_REFUSED_LOCKED");
        assertThat(jdbc.queryForList("select summary from audit_event where actor = ?", String.class, username))
                .noneMatch(summary -> summary.contains("wrong-guess") || summary.contains(PASSWORD));

        throttle.forgetAll(); // as 15 minutes later
        assertThat(Http.location(browser.login(username, PASSWORD))).doesNotContain("/login");
        assertThat(auditedLogins(username)).endsWith("LOGIN_SUCCEEDED");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String username = newUser();
        Http browser = new Http(port);
        for (int i = 1; i <= 4; i++) {
            browser.login(username, "wrong-guess-" + i);
        }
        assertThat(Http.location(browser.login(username, PASSWORD))).doesNotContain("/login");
        Http later = new Http(port);
        assertThat(Http.location(later.login(username, "wrong-again"))).contains("/login?error");
        assertThat(Http.location(later.login(username, PASSWORD))).doesNotContain("/login");
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockTheMemberOutOfTheirOwnAddress() {
        String member = newUser();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 5; i++) {
                throttle.failed(failure(member, "203.0.113.66"));
            }
        });
        assertThat(throttle.lockedUntil(member, "203.0.113.66")).as("the stranger's address").isPresent();
        assertThat(throttle.lockedUntil(member, "198.51.100.7")).as("the member's own address").isEmpty();
        assertThat(throttle.lockedUntil(member.toUpperCase(java.util.Locale.ROOT), "203.0.113.66"))
                .as("the username in another case is the same account").isPresent();
    }

    @Test
    void theLockIsKeptInTheDatabaseSoAnotherNodeSeesItToo() {
        String member = newUser();
        // another node: its own throttle object, the same database
        LoginThrottle otherNode = new LoginThrottle(jdbc(), users, audit, context.getBean(Clock.class), 5, 20,
                Duration.ofMinutes(15));
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                throttle.failed(failure(member, "192.0.2.44"));
            }
            for (int i = 0; i < 2; i++) {
                otherNode.failed(failure(member, "192.0.2.44"));
            }
        });
        assertThat(otherNode.lockedUntil(member, "192.0.2.44")).as("five failures counted across both").isPresent();
        assertThat(throttle.lockedUntil(member, "192.0.2.44")).isPresent();
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryUsernameUntilTheLockTimeHasPassed() {
        MovingClock clock = new MovingClock();
        LoginThrottle small = new LoginThrottle(jdbc(), users, audit, clock, 5, 3, Duration.ofMinutes(15));
        transaction.executeWithoutResult(status -> {
            small.failed(failure("nobody.a", "10.9.8.7"));
            small.failed(failure("nobody.b", "10.9.8.7"));
            small.failed(failure("nobody.c", "10.9.8.7"));
        });
        assertThat(small.lockedUntil("secretariat", "10.9.8.7")).hasValue(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(small.lockedUntil("secretariat", "10.1.1.1")).isEmpty();
        assertThat(small.lockedUntil("nobody.a", "10.1.1.1")).as("one failure of that username only").isEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(small.lockedUntil("secretariat", "10.9.8.7")).isEmpty();
    }

    @Test
    void theLoginPageSaysTheSignInIsLocked() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", "")));
        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        String texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains(form.getTranslation("login.locked.title"), form.getTranslation("login.locked.message"));
    }

    @Test
    void theLoginPageSaysInWordsUntilWhenTheSignInIsLockedInSpanishToo() {
        Instant until = Instant.parse("2026-12-31T23:50:00Z");
        UI.getCurrent().setLocale(new java.util.Locale("es"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("locked", String.valueOf(until.getEpochSecond()))));
        LoginForm form = LocatorJ._get(LoginForm.class);
        String texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        // in the zone the browser reports (the person's own), named after its city in the text
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\\(hora de ([^)]+)\\)").matcher(texts);
        assertThat(named.find()).as(texts).isTrue();
        java.time.ZoneId zone = java.time.ZoneId.of(java.time.ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.endsWith("/" + named.group(1).replace(' ', '_'))).sorted().findFirst().orElseThrow());
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(new java.util.Locale("es")).withZone(zone).format(until);
        assertThat(texts).contains("Vuelva a intentarlo a partir del " + when).doesNotContain("2026-12-31T");
    }

    org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    static AuthenticationFailureBadCredentialsEvent failure(String username, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "x");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials"));
    }

    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
