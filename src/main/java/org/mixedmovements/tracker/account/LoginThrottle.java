package org.mixedmovements.tracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.security.LoginGuard;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and per address and locks either for a while once it reaches its limit (by
 * default 5 failures of one username, or 20 from one address, within the lock time lock it for 15 minutes: an
 * address is shared by a whole office behind one proxy, so it gets more tries). Every attempt is audited: success,
 * failure, the lock, and each attempt refused while locked; never with the password.
 *
 * <p>The counts live in memory: a restart forgets them, and with several instances each counts its own (see
 * docs/operations.md). Entries older than the lock time are dropped, so a flood of invented usernames cannot grow
 * the map without bound.
 */
@Service
class LoginThrottle implements LoginGuard {

    static final String AUDIT_SUBJECT = "login";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_KEYS = 10_000;

    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailuresPerUsername;
    private final int maxFailuresPerAddress;
    private final Duration lockTime;
    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(AppUserRepository users, AuditLog audit, Clock clock,
                  @Value("${tracker.login.max-failures-per-username:5}") int maxFailuresPerUsername,
                  @Value("${tracker.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                  @Value("${tracker.login.lock-time:PT15M}") Duration lockTime) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailuresPerUsername = maxFailuresPerUsername;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockTime = lockTime;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Instant> user = lockOf(byUsername.get(key(username)), maxFailuresPerUsername, now);
        Optional<Instant> address = lockOf(byAddress.get(remoteAddress), maxFailuresPerAddress, now);
        if (user.isPresent() && address.isPresent()) {
            return Optional.of(user.get().isAfter(address.get()) ? user.get() : address.get());
        }
        return user.isPresent() ? user : address;
    }

    @Override
    @Transactional
    public void refusedWhileLocked(String username, String remoteAddress) {
        audit.recordAs(username, organisationOf(username), "LOGIN_REFUSED_LOCKED", AUDIT_SUBJECT, userIdOf(username),
                "Sign-in refused while locked, from " + remoteAddress);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        Instant now = clock.instant();
        boolean userLocked = count(byUsername, key(username), maxFailuresPerUsername, now);
        boolean addressLocked = count(byAddress, address, maxFailuresPerAddress, now);
        Long userId = userIdOf(username);
        audit.recordAs(username, organisationOf(username), "LOGIN_FAILED", AUDIT_SUBJECT, userId,
                "Sign-in failed (" + reason(event) + ") from " + address);
        if (userLocked || addressLocked) {
            String what = userLocked ? "username " + username : "address " + address;
            audit.recordAs(username, organisationOf(username), "LOGIN_LOCKED", AUDIT_SUBJECT, userId,
                    "Sign-in locked for " + lockTime.toMinutes() + " minutes after repeated failures: " + what);
            log.warn("Sign-in locked for {} minutes after repeated failures: {}", lockTime.toMinutes(), what);
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof TrackerUser user)) {
            return;
        }
        byUsername.remove(key(user.getUsername()));
        audit.recordAs(user.getUsername(), user.organisationId(), "LOGIN_SUCCEEDED", AUDIT_SUBJECT, user.id(),
                "Signed in from " + addressOf(event.getAuthentication()));
    }

    /** Forgets every count (tests that lock a username on purpose clean up after themselves). */
    void forgetAll() {
        byUsername.clear();
        byAddress.clear();
    }

    /** Adds a failure; true when this one reaches the limit and so starts a lock. */
    private boolean count(Map<String, Failures> map, String key, int max, Instant now) {
        if (map.size() > MAX_KEYS) {
            map.values().removeIf(f -> f.expired(now, lockTime));
        }
        return map.computeIfAbsent(key, k -> new Failures()).add(now, max, lockTime);
    }

    private Optional<Instant> lockOf(Failures failures, int max, Instant now) {
        return failures == null ? Optional.empty() : failures.lockedUntil(now);
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
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The failures within the last lock time, oldest first, and the lock they led to. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;

        /** Counts a failure; true when it reaches the limit, which locks until the lock time has passed. */
        synchronized boolean add(Instant now, int max, Duration lockTime) {
            drop(now, lockTime);
            times.addLast(now);
            if (times.size() >= max) {
                times.clear();
                lockedUntil = now.plus(lockTime);
                return true;
            }
            return false;
        }

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
        }

        synchronized boolean expired(Instant now, Duration lockTime) {
            drop(now, lockTime);
            return times.isEmpty() && lockedUntil(now).isEmpty();
        }

        private void drop(Instant now, Duration lockTime) {
            while (!times.isEmpty() && !times.peekFirst().plus(lockTime).isAfter(now)) {
                times.removeFirst();
            }
        }
    }
}
