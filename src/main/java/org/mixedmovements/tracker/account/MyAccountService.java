package org.mixedmovements.tracker.account;

import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person does with their own account: change their password (the current one required, the same
 * {@link PasswordPolicy} as every password), set a new one after signing in by a one-time link (forgot password), and
 * sign out everywhere. A new password ends their other sessions (on every node, at their next request); this one goes
 * on. Every change is audited, never with the password.
 */
@Service
public class MyAccountService {

    static final String CURRENT = "currentPassword";
    static final String NEW = "newPassword";
    static final String REPEAT = "repeatPassword";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    MyAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** Whether this session was signed in by a one-time link: it may set a new password without the current one. */
    public boolean mustSetNewPassword() {
        CurrentUser.require();
        return CurrentUser.signedInByLink();
    }

    /** A new password in place of the current one, which the person types again. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        TrackerUser me = CurrentUser.require();
        AppUser user = me(me);
        List<Problem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(Problem.of(CURRENT, "validation.required"));
        } else if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(Problem.of(CURRENT, "account.password.current-wrong"));
        } else if (currentPassword.equals(newPassword)) {
            problems.add(Problem.of(NEW, "account.password.same"));
        }
        problems.addAll(newPasswordProblems(user, newPassword, repeated));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        setPassword(me, user, newPassword, "PASSWORD_CHANGED", "audit.details.password-changed");
    }

    /** After signing in by a one-time link: a new password without the forgotten one. */
    @Transactional
    public void setNewPassword(String newPassword, String repeated) {
        TrackerUser me = CurrentUser.require();
        if (!CurrentUser.signedInByLink()) {
            throw new NotPermittedException("account.password.link-required");
        }
        AppUser user = me(me);
        List<Problem> problems = newPasswordProblems(user, newPassword, repeated);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        setPassword(me, user, newPassword, "PASSWORD_SET_AFTER_LINK", "audit.details.password-set-after-link");
    }

    /** Ends every session of the person, this one included, on every node at its next request. */
    @Transactional
    public void signOutEverywhere() {
        TrackerUser me = CurrentUser.require();
        AppUser user = me(me);
        user.endSessions();
        users.saveAndFlush(user);
        audit.record("SIGNED_OUT_EVERYWHERE", UserAdministration.AUDIT_SUBJECT, user.getId(),
                AuditDetails.of("audit.details.signed-out-everywhere", user.getUsername()),
                "username=" + user.getUsername());
    }

    private List<Problem> newPasswordProblems(AppUser user, String newPassword, String repeated) {
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : PasswordPolicy.check(user.getUsername(), newPassword)) {
            problems.add(Problem.of(NEW, problem.messageKey(), problem.arguments()));
        }
        if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(repeated)) {
            problems.add(Problem.of(REPEAT, "account.password.mismatch"));
        }
        return problems;
    }

    private void setPassword(TrackerUser me, AppUser user, String newPassword, String action, String detailsKey) {
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.endSessions();
        users.saveAndFlush(user);
        audit.record(action, UserAdministration.AUDIT_SUBJECT, user.getId(), AuditDetails.of(detailsKey, user.getUsername()),
                "username=" + user.getUsername());
        // the other sessions end; this one goes on with the account's new stamp
        CurrentUser.continueAs(new TrackerUser(me.id(), me.getUsername(), me.displayName(), me.organisationId(),
                me.organisationCode(), me.roles(), null, true, user.getSessionStamp()));
    }

    private AppUser me(TrackerUser me) {
        return users.findById(me.id()).orElseThrow(() -> new NotFoundException("user", me.id()));
    }
}
