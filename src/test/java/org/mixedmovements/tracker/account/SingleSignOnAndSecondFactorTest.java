package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.UserAdministration.NewUser;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.SingleSignOnAccounts;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who an identity provider's sign-in opens (the one enabled account with the address it verified, nobody else), an
 * account without a password, and an administrator resetting a colleague's second factor (issue 17).
 */
@TrackerTest
class SingleSignOnAndSecondFactorTest {

    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;
    @Autowired SingleSignOnAccounts singleSignOn;
    @Autowired SecondFactorService secondFactors;
    @Autowired AppUserRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aProvidersVerifiedAddressOpensTheOneEnabledAccountWithItAndNothingElseDoes() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "Ana." + unique + "@Agency.example";
        Long id = create("ana." + unique, address.toLowerCase(), Role.AGENCY, true);

        TrackerUser ana = signIn(address, true).orElseThrow();
        assertThat(ana.id()).isEqualTo(id);
        assertThat(signIn(address, false)).as("not verified").isEmpty();
        assertThat(signIn("x" + address, true)).as("unknown").isEmpty();
        assertThat(signIn(null, true)).as("no address").isEmpty();
        var refusals = jdbc.queryForList("select summary from audit_event where action = 'LOGIN_SSO_REFUSED'"
                + " and actor = ?", String.class, address);
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0)).contains("Agency ID").contains("not verified");

        create("ana2." + unique, address, Role.AGENCY, false);
        assertThat(signIn(address, true))
                .as("two accounts share the address").isEmpty();

        fixtures.signIn("admin");
        users.setEnabled(id, false);
        fixtures.signOut();
        assertThat(signIn(address, true))
                .as("a disabled account does not count").map(TrackerUser::getUsername).contains("ana2." + unique);
    }

    @Test
    void anAccountWithoutAPasswordNeedsAnAddressAndNoPasswordOpensIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        fixtures.signIn("admin");
        Long organisation = fixtures.organisation("OCHA");
        assertThatThrownBy(() -> users.create(new NewUser("sso." + unique, "Without address", null, organisation,
                Role.WG_MEMBER, "en", null, true))).isInstanceOf(InvalidInputException.class);
        Long id = create("sso." + unique, unique + "@ocha.example", Role.WG_MEMBER, true);

        AppUser account = accounts.findById(id).orElseThrow();
        assertThat(account.getPasswordHash()).isNull();
        assertThat(passwords.matches("", account.getPasswordHash())).isFalse();
        assertThat(passwords.matches("anything at all", account.getPasswordHash())).isFalse();
    }

    @Test
    void anotherAdministratorResetsAColleaguesSecondFactorButNobodyTheirOwn() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Long colleague = create("admin2." + unique, null, Role.ADMIN, false);
        transaction.executeWithoutResult(t -> {
            AppUser account = accounts.findById(colleague).orElseThrow();
            account.proposeSecondFactor(Totp.newSecret());
            account.confirmSecondFactor(java.time.Instant.EPOCH);
        });

        fixtures.signIn("admin");
        secondFactors.reset(colleague);
        assertThat(accounts.findById(colleague).orElseThrow().hasSecondFactor()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_SECOND_FACTOR_RESET'"
                + " and subject_id = ? and actor = 'admin'", Integer.class, colleague)).isEqualTo(1);

        TrackerUser me = fixtures.signIn("admin");
        assertThatThrownBy(() -> secondFactors.reset(me.id())).isInstanceOf(StateConflictException.class);
    }

    private Optional<TrackerUser> signIn(String address, boolean verified) {
        Optional<TrackerUser> found = transaction.execute(t -> singleSignOn.signIn("Agency ID", address, verified));
        return found;
    }

    private Long create(String username, String email, Role role, boolean singleSignOnOnly) {
        fixtures.signIn("admin");
        try {
            return users.create(new NewUser(username, "Test " + username, email, fixtures.organisation("OCHA"), role,
                    "en", singleSignOnOnly ? null : "Orchid-Lantern-4815", singleSignOnOnly));
        } finally {
            fixtures.signOut();
        }
    }
}
