package org.mixedmovements.tracker.account;

import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.security.SingleSignOnAccounts;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of a person who signed in at their organisation's identity provider: the one enabled account
 * whose e-mail address is the one the provider verified. An unverified address, an address no enabled account has,
 * or one that several accounts share is refused; each sign-in and each refusal is audited.
 */
@Service
class SingleSignOnSignIn implements SingleSignOnAccounts {

    private final AppUserRepository users;
    private final AccountService accounts;
    private final AuditLog audit;

    SingleSignOnSignIn(AppUserRepository users, AccountService accounts, AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<TrackerUser> signIn(String provider, String email, boolean emailVerified) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            return refuse(provider, "(no address)", "the provider gave no e-mail address");
        }
        if (!emailVerified) {
            return refuse(provider, address, "the provider has not verified the address " + address);
        }
        List<AppUser> found = users.findEnabledByEmail(address);
        if (found.size() != 1) {
            return refuse(provider, address, found.isEmpty() ? "no enabled account has the address " + address
                    : found.size() + " enabled accounts share the address " + address);
        }
        AppUser user = found.get(0);
        audit.recordAs(user.getUsername(), user.getOrganisationId(), "LOGIN_SSO_SUCCEEDED", LoginThrottle.AUDIT_SUBJECT,
                user.getId(), AuditDetails.of("audit.details.login-sso-succeeded", provider, address));
        return Optional.of(accounts.loadUserByUsername(user.getUsername()));
    }

    private Optional<TrackerUser> refuse(String provider, String address, String why) {
        audit.recordAs(address, null, "LOGIN_SSO_REFUSED", LoginThrottle.AUDIT_SUBJECT, null,
                AuditDetails.of("audit.details.login-sso-refused", provider, why));
        return Optional.empty();
    }
}
