package org.mixedmovements.tracker.account;

import java.time.Clock;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.SecondFactorGate;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's second factor: a time-based one-time code (RFC 6238, {@link Totp}) from an authenticator app,
 * asked after the password ({@link SecondFactorGate}). At the first sign-in without one the administrator sets it up
 * (a new secret, shown once, confirmed with a first code); afterwards each password sign-in asks for a code. Another
 * administrator can reset a colleague's second factor (a lost phone): they set it up again at their next sign-in.
 * Everything is audited, never with the secret or a code.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactorService {

    static final String ISSUER = "Recommendation Tracker";

    /** What an administrator types into their authenticator app: the secret, and the same as an otpauth address. */
    public record Enrolment(String secret, String uri) {
    }

    private final AppUserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactorService(AppUserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the administrator waiting in this request has set up their second factor. */
    public boolean enrolled() {
        return pendingAccount().hasSecondFactor();
    }

    /**
     * The secret to set up for the administrator waiting in this request, who has no second factor yet: a new one, or
     * the one shown before and not confirmed yet (the page opened again shows the key already typed into the app).
     */
    @Transactional
    public Enrolment startEnrolment() {
        AppUser user = pendingAccount();
        if (user.hasSecondFactor()) {
            throw new StateConflictException("second-factor.error.enrolled");
        }
        String secret = user.getSecondFactorSecret();
        if (secret == null) {
            secret = Totp.newSecret();
            user.proposeSecondFactor(secret);
            users.saveAndFlush(user);
        }
        return new Enrolment(Totp.grouped(secret), Totp.uri(ISSUER, user.getUsername(), secret));
    }

    /**
     * Checks the code of the administrator waiting in this request: the first one confirms a new secret; a right
     * code lets them in for the rest of the session. A wrong one is refused and audited.
     */
    @Transactional
    public void verify(String code) {
        TrackerUser waiting = SecondFactorGate.pending().orElseThrow(() -> new NotPermittedException("error.not-signed-in"));
        AppUser user = account(waiting.id());
        if (user.getSecondFactorSecret() == null || !Totp.matches(user.getSecondFactorSecret(), code, clock.instant())) {
            audit.recordAs(user.getUsername(), user.getOrganisationId(), "SECOND_FACTOR_FAILED",
                    LoginThrottle.AUDIT_SUBJECT, user.getId(), AuditDetails.of("audit.details.second-factor-failed", user.getUsername()));
            throw new InvalidInputException(List.of(Problem.of("code", "second-factor.error.code")));
        }
        if (!user.hasSecondFactor()) {
            user.confirmSecondFactor(clock.instant());
            users.saveAndFlush(user);
            audit.recordAs(user.getUsername(), user.getOrganisationId(), "SECOND_FACTOR_ENROLLED",
                    UserAdministration.AUDIT_SUBJECT, user.getId(), AuditDetails.of("audit.details.second-factor-enrolled", user.getUsername()));
        }
        SecondFactorGate.passed(waiting);
    }

    /** Another administrator forgets a colleague's second factor (a lost phone); they set it up at their next sign-in. */
    @Transactional
    public void reset(Long userId) {
        TrackerUser admin = CurrentUser.requireAny(Role.ADMIN);
        AppUser user = account(userId);
        if (admin.id() == user.getId()) {
            throw new StateConflictException("second-factor.error.reset-self");
        }
        user.proposeSecondFactor(null);
        users.saveAndFlush(user);
        audit.record("USER_SECOND_FACTOR_RESET", UserAdministration.AUDIT_SUBJECT, user.getId(),
                AuditDetails.of("audit.details.second-factor-reset", user.getUsername(), admin.getUsername()), null);
    }

    private AppUser pendingAccount() {
        return account(SecondFactorGate.pending().orElseThrow(() -> new NotPermittedException("error.not-signed-in")).id());
    }

    private AppUser account(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
