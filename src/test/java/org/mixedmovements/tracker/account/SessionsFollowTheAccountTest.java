package org.mixedmovements.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.security.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.assertj.core.api.Assertions;

/**
 * Open sessions follow the account over real HTTP: an administrator's change of role or organisation, a new password,
 * or the person's own "sign out everywhere" ends them at their next request; changing one's own password keeps the
 * session it was changed in. (The cluster test proves the same across two nodes for a deactivation.)
 */
@TrackerTest
class SessionsFollowTheAccountTest {

    static final AtomicInteger PEOPLE = new AtomicInteger();
    static final String PASSWORD = "Birch-Compass-6180";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration administration;
    @Autowired MyAccountService own;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    record Person(Long id, String username) {
    }

    Person newPerson() {
        String username = "session." + PEOPLE.incrementAndGet() + "." + System.nanoTime() % 100000;
        fixtures.signIn("admin");
        Long id = administration.create(new UserAdministration.NewUser(username, "Session " + username, null,
                fixtures.organisation("R4V"), Role.AGENCY, "en", PASSWORD));
        fixtures.signOut();
        return new Person(id, username);
    }

    Http signedIn(Person person, String password) throws Exception {
        Http browser = new Http(port);
        assertThat(Http.location(browser.login(person.username(), password))).doesNotContain("/login");
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
        return browser;
    }

    static void refused(Http browser) throws Exception {
        HttpResponse<String> next = browser.get("/tasks");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(Http.location(next)).endsWith("/login");
    }

    @Test
    void anAdministratorsChangeOfRoleEndsThePersonsOpenSessionAtItsNextRequest() throws Exception {
        Person person = newPerson();
        Http browser = signedIn(person, PASSWORD);
        fixtures.signIn("admin");
        administration.change(person.id(), new UserAdministration.UserChange("Session " + person.username(), null,
                fixtures.organisation("R4V"), Role.SECRETARIAT, "en"));
        fixtures.signOut();
        refused(browser);
        // signing in again gives a session with the new role
        Http again = signedIn(person, PASSWORD);
        assertThat(again.get("/approvals").statusCode()).as("the secretariat's view").isEqualTo(200);
    }

    @Test
    void aChangeOfNameOnlyLeavesTheSessionOpen() throws Exception {
        Person person = newPerson();
        Http browser = signedIn(person, PASSWORD);
        fixtures.signIn("admin");
        administration.change(person.id(), new UserAdministration.UserChange("Renamed " + person.username(), null,
                fixtures.organisation("R4V"), Role.AGENCY, "es"));
        fixtures.signOut();
        assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedPersonsOpenSessionIsRefusedAtItsNextRequest() throws Exception {
        Person person = newPerson();
        Http browser = signedIn(person, PASSWORD);
        fixtures.signIn("admin");
        administration.setEnabled(person.id(), false);
        fixtures.signOut();
        refused(browser);
        assertThat(Http.location(new Http(port).login(person.username(), PASSWORD))).contains("/login?error");
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThePerson() throws Exception {
        Person person = newPerson();
        Http laptop = signedIn(person, PASSWORD);
        Http phone = signedIn(person, PASSWORD);
        fixtures.signIn(person.username());
        own.signOutEverywhere();
        fixtures.signOut();
        refused(laptop);
        refused(phone);
    }

    @Test
    void aNewOwnPasswordEndsTheOtherSessionsButNotThisOneAndTheOldPasswordNoLongerWorks() throws Exception {
        Person person = newPerson();
        Http other = signedIn(person, PASSWORD);
        fixtures.signIn(person.username());
        String fresh = "Harbour-Violet-2236";
        own.changePassword(PASSWORD, fresh, fresh);
        assertThat(CurrentUser.require().getUsername()).as("this session goes on").isEqualTo(person.username());
        fixtures.signOut();
        refused(other);
        assertThat(Http.location(new Http(port).login(person.username(), PASSWORD))).contains("/login?error");
        signedIn(person, fresh);
    }

    @Test
    void aWrongCurrentPasswordAWeakNewOneAndTwoThatDifferAreEachSaidOnTheirField() {
        Person person = newPerson();
        fixtures.signIn(person.username());
        Assertions.assertThatThrownBy(() -> own.changePassword("not-the-password", "password123", "password124"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                                "currentPassword:account.password.current-wrong", "newPassword:admin.password.too-short",
                                "newPassword:admin.password.weak", "repeatPassword:account.password.mismatch"));
    }
}
