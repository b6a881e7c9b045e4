package org.mixedmovements.tracker.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.security.LoginGuard;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account <em>and client address</em>, and per address, in the database that every node
 * shares ({@code login_failure}, {@code login_lock}), and locks once a count reaches its limit: by default 5 failures
 * for one account from one address within the lock time lock that account <em>from that address</em> for 15 minutes,
 * and 20 failures from one address (whatever the usernames) lock the address (an office behind one proxy shares it, so
 * it gets more tries). A stranger who guesses at a member's password locks only themself out: the member's right
 * password from their own address still works, and a one-time sign-in link (forgot password) always does. Every
 * attempt is audited: success, failure, the lock, and each attempt refused while locked; never with the password.
 *
 * <p>Rows older than the lock time are deleted as new failures come in, so a flood of invented usernames cannot grow
 * the tables without bound. A success forgets that account's failures from that address.
 */
@Service
class LoginThrottle implements LoginGuard {

    static final String AUDIT_SUBJECT = "login";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longest address kept (an IPv6 address with a zone fits). */
    private static final int MAX_ADDRESS = 100;
    private static final int MAX_USERNAME_KEY = 200;

    private final JdbcClient jdbc;
    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration lockTime;

    LoginThrottle(JdbcClient jdbc, AppUserRepository users, AuditLog audit, Clock clock,
                  @Value("${tracker.login.max-failures-per-username:5}") int maxFailuresPerAccount,
                  @Value("${tracker.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                  @Value("${tracker.login.lock-time:PT15M}") Duration lockTime) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockTime = lockTime;
    }

    /** Until when an attempt for this account from this address is refused: its own lock, or the address's. */
    @Override
    public Optional<Instant> lockedUntil(String username, String remoteAddress) {
        Timestamp until = jdbc.sql("select max(locked_until) from login_lock where client_address = :address"
                        + " and (username_key is null or username_key = :username) and locked_until > :now")
                .param("address", address(remoteAddress)).param("username", key(username))
                .param("now", Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional().orElse(null);
        return Optional.ofNullable(until).map(Timestamp::toInstant);
    }

    @Override
    @Transactional
    public void refusedWhileLocked(String username, String remoteAddress) {
        audit.recordAs(username, organisationOf(username), "LOGIN_REFUSED_LOCKED", AUDIT_SUBJECT, userIdOf(username),
                AuditDetails.of("audit.details.login-refused-locked", remoteAddress));
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(addressOf(event.getAuthentication()));
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(lockTime));
        jdbc.sql("delete from login_failure where failed_at <= :since").param("since", since).update();
        jdbc.sql("delete from login_lock where locked_until <= :now").param("now", Timestamp.from(now)).update();
        jdbc.sql("insert into login_failure (username_key, client_address, failed_at) values (:username, :address, :now)")
                .param("username", key(username)).param("address", address).param("now", Timestamp.from(now)).update();
        long accountFailures = jdbc.sql("select count(*) from login_failure where username_key = :username"
                        + " and client_address = :address and failed_at > :since")
                .param("username", key(username)).param("address", address).param("since", since)
                .query(Long.class).single();
        long addressFailures = jdbc.sql("select count(*) from login_failure where client_address = :address"
                        + " and failed_at > :since")
                .param("address", address).param("since", since).query(Long.class).single();
        boolean accountLocked = accountFailures >= maxFailuresPerAccount;
        boolean addressLocked = addressFailures >= maxFailuresPerAddress;
        if (accountLocked) {
            lock(key(username), address, now);
        }
        if (addressLocked) {
            lock(null, address, now);
        }
        Long userId = userIdOf(username);
        audit.recordAs(username, organisationOf(username), "LOGIN_FAILED", AUDIT_SUBJECT, userId,
                AuditDetails.of("audit.details.login-failed", reason(event), address));
        if (accountLocked || addressLocked) {
            String what = accountLocked ? "username " + username + " from " + address : "address " + address;
            audit.recordAs(username, organisationOf(username), "LOGIN_LOCKED", AUDIT_SUBJECT, userId,
                    AuditDetails.of("audit.details.login-locked", lockTime.toMinutes(), accountLocked ? 1 : 0, username,
                            address));
            log.warn("Sign-in locked for {} minutes after repeated failures: {}", lockTime.toMinutes(), what);
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof TrackerUser user)) {
            return;
        }
        String address = addressOf(event.getAuthentication());
        jdbc.sql("delete from login_failure where username_key = :username and client_address = :address")
                .param("username", key(user.getUsername())).param("address", address(address)).update();
        audit.recordAs(user.getUsername(), user.organisationId(), "LOGIN_SUCCEEDED", AUDIT_SUBJECT, user.id(),
                AuditDetails.of("audit.details.login-succeeded", address));
    }

    /** Forgets every count and lock (tests that lock an account on purpose clean up after themselves). */
    void forgetAll() {
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_lock").update();
    }

    /** Locks the account from the address (or, without a username, the address) for the lock time; its count starts again. */
    private void lock(String username, String address, Instant now) {
        Timestamp until = Timestamp.from(now.plus(lockTime));
        if (username == null) {
            jdbc.sql("insert into login_lock (username_key, client_address, locked_until) values (null, :address, :until)")
                    .param("address", address).param("until", until).update();
            jdbc.sql("delete from login_failure where client_address = :address").param("address", address).update();
        } else {
            jdbc.sql("insert into login_lock (username_key, client_address, locked_until)"
                            + " values (:username, :address, :until)")
                    .param("username", username).param("address", address).param("until", until).update();
            jdbc.sql("delete from login_failure where client_address = :address and username_key = :username")
                    .param("address", address).param("username", username).update();
        }
    }

    private Long userIdOf(String username) {
        return username == null ? null : users.findByUsername(username).map(AppUser::getId).orElse(null);
    }

    private Long organisationOf(String username) {
        return username == null ? null : users.findByUsername(username).map(AppUser::getOrganisationId).orElse(null);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        String type = event.getClass().getSimpleName();
        return type.replace("AuthenticationFailure", "").replace("Event", "");
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown address";
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME_KEY ? key.substring(0, MAX_USERNAME_KEY) : key;
    }

    private static String address(String remoteAddress) {
        String address = remoteAddress == null ? "unknown address" : remoteAddress;
        return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }
}
