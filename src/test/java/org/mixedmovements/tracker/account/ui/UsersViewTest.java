package org.mixedmovements.tracker.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.account.UserAdministration.NewUser;
import org.mixedmovements.tracker.account.UserAdministration.UserRow;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersViewTest extends UiTest {

    static final AtomicInteger USERS = new AtomicInteger();
    static final String PASSWORD = "a-long-enough-secret";

    static String newName(String prefix) {
        return prefix + "." + USERS.incrementAndGet();
    }

    /** Signs in as Spring Security's login form would: the same user store, the same password check. */
    Authentication login(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    UserAdministration users() {
        return context.getBean(UserAdministration.class);
    }

    boolean exists(String username) {
        return users().find(username, PageRequest.of(0, 10)).stream().anyMatch(u -> u.username().equals(username));
    }

    /** The button with that id in the user's row of the grid, after filtering the grid down to that user. */
    @SuppressWarnings("unchecked")
    Button rowButton(String username, String id) {
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), username);
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        List<UserRow> rows = GridKt._fetch(grid, 0, 50);
        int row = rows.stream().map(UserRow::username).toList().indexOf(username);
        Component cell = GridKt._getCellComponent(grid, row, UsersView.ACTIONS_COLUMN);
        return _get(cell, Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    void fillNewUser(String username, String password) {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Focal point " + username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-email")), username + "@example.org");
        _setValue(_get(ComboBox.class, spec -> spec.withId("user-organisation")),
                context.getBean(OrganisationService.class).findByCode("IFRC").orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.AGENCY);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), password);
    }

    List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    Long createdByAdmin(String username, Role role, String language) {
        fixtures.signIn("admin");
        Organisation ocha = context.getBean(OrganisationService.class).findByCode("OCHA").orElseThrow();
        return users().create(new NewUser(username, "Test " + username, null, ocha.getId(), role, language, PASSWORD));
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignInWithTheRightRoleAndOrganisation() {
        String username = newName("focal.ifrc");
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        fillNewUser(username, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(_find(Button.class, spec -> spec.withId("save-user"))).isEmpty();
        TrackerUser user = (TrackerUser) login(username, PASSWORD).getPrincipal();
        assertThat(user.organisationCode()).isEqualTo("IFRC");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENCY");
        assertThat(user.isEnabled()).isTrue();
        assertThat(rowButton(username, "edit-" + username).isVisible()).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReasonAndNothingIsWritten() {
        String username = newName("weak");
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        fillNewUser(username, "short-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("At least 12 characters");
        assertThat(notifications()).as("no toast over the form").isEmpty();

        _setValue(password, "Tracker-demo-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(password.getErrorMessage()).isEqualTo("The published demo password cannot be used");

        _setValue(password, username.toUpperCase(Locale.ROOT));
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(password.getErrorMessage()).contains("The password cannot be the username");

        assertThat(exists(username)).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("save-user"))).hasSize(1);
    }

    @Test
    void aDisabledUserCannotSignInAndAnEnabledOneCanAgain() {
        String username = newName("leaving");
        createdByAdmin(username, Role.AGENCY, "en");
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        _click(rowButton(username, "toggle-" + username));

        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(rowButton(username, "toggle-" + username).getText()).isEqualTo("Enable");
        _click(rowButton(username, "toggle-" + username));
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorLoseTheRoleAndNoAdministratorDisablesThemself() {
        String second = newName("it.admin");
        Long secondId = createdByAdmin(second, Role.ADMIN, "en");
        Long admin = users().find("admin", PageRequest.of(0, 50)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow().id();

        // the demo administrator sees no button to disable their own account, and the service refuses it anyway
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), "admin");
        assertThat(_find(Button.class, spec -> spec.withId("toggle-admin"))).isEmpty();
        _click(rowButton("admin", "edit-admin"));
        assertThat(_get(Select.class, spec -> spec.withId("user-role")).isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        assertThatThrownBy(() -> users().setEnabled(admin, false)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("admin.user.error.disable-self");

        // the second administrator is disabled while still signed in: "admin" is now the last one
        _click(rowButton(second, "toggle-" + second));
        fixtures.signIn(second);
        assertThatThrownBy(() -> users().setEnabled(admin, false)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("admin.user.error.last-admin");
        assertThatThrownBy(() -> users().change(admin, new UserAdministration.UserChange("Administrator", null,
                fixtures.organisation("OCHA"), Role.AGENCY, "en")))
                .hasMessageContaining("admin.user.error.last-admin");
        fixtures.signIn("admin");
        assertThat(users().get(admin).enabled()).isTrue();
        assertThat(users().get(admin).roles()).containsExactly(Role.ADMIN);
        assertThat(users().get(secondId).enabled()).isFalse();
    }

    @Test
    void anAdministratorSetsANewPasswordThatFollowsThePolicy() {
        String username = newName("forgetful");
        createdByAdmin(username, Role.WG_MEMBER, "en");
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        _click(rowButton(username, "password-" + username));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        _setValue(password, "too-short");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(password.getErrorMessage()).isEqualTo("At least 12 characters");
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();

        _setValue(password, "another-long-secret");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(login(username, "another-long-secret").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login(username, PASSWORD)).hasMessageContaining("Bad credentials");
    }

    @Test
    void eachUsersLanguageIsAppliedAtSignInAndTheLanguageSwitchRemembersIt() {
        String username = newName("hispanohablante");
        createdByAdmin(username, Role.AGENCY, "es");

        // a new sign-in: the UI is created for the signed-in user and takes their stored language
        MockVaadin.tearDown();
        signInBeforeTheUiStarts(username);
        UI.getCurrent().navigate("recommendations");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Recomendaciones");

        @SuppressWarnings("unchecked")
        Select<Locale> languageSwitch = _find(Select.class).stream()
                .filter(s -> s.getValue() instanceof Locale).findFirst().orElseThrow();
        _setValue(languageSwitch, Locale.ENGLISH);
        assertThat(context.getBean(LocalePreference.class).localeOf(username)).contains(Locale.ENGLISH);

        MockVaadin.tearDown();
        signInBeforeTheUiStarts(username);
        UI.getCurrent().navigate("recommendations");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).contains(username);
    }

    /** The security context is set before Vaadin creates the UI, as after a real sign-in. */
    void signInBeforeTheUiStarts(String username) {
        startSignedIn(username);
    }
}
