package org.mixedmovements.tracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixedmovements.tracker.DemoApplicationTest;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.notification.MailServer;
import org.mixedmovements.tracker.notification.TestNotifications;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's own account in a browser: they change their password from "My account"; and, having forgotten it, ask
 * for a sign-in link on the login page, follow the link read from the mail (GreenMail), set a new password and sign in
 * with it, while the same link is refused the second time.
 */
@DemoApplicationTest
class AccountJourneyTest {

    static final AtomicInteger PEOPLE = new AtomicInteger();
    static final String FIRST = "Quiet-Harbour-2718";
    static final Pattern LINK = Pattern.compile("https?://\\S+/(login/ott\\?token=\\S+)");

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired UserAdministration users;
    @Autowired TestNotifications notifications;

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    /** A new agency focal point with an e-mail address, so no other test's sign-in or password is touched. */
    String newPerson(String language) {
        String username = "own.account." + PEOPLE.incrementAndGet() + "." + System.nanoTime() % 100000;
        fixtures.signIn("admin");
        try {
            users.create(new UserAdministration.NewUser(username, "Own Account " + username, username + "@example.org",
                    fixtures.organisation("R4V"), Role.AGENCY, language, FIRST));
        } finally {
            fixtures.signOut();
        }
        return username;
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
        String username = newPerson("en");
        Texts texts = Texts.of("en");
        String second = "Amber-Meadow-9042";
        try (Browser desk = Browser.open(port, 1280, 900)) {
            desk.login(username, FIRST);
            desk.click("my-account");
            desk.waitForPath("account");
            desk.type("current-password", "not-my-password");
            desk.type("new-password", second);
            desk.type("repeat-password", second);
            desk.click("save-own-password");
            desk.waitUntilTextAppears(texts.get("account.password.current-wrong"));

            desk.type("current-password", FIRST);
            desk.click("save-own-password");
            desk.waitUntilTextAppears(texts.get("account.password.done"));
            desk.screenshot("account-own-password");
            // this session goes on after the change (its other sessions end)
            desk.go("tasks");
            assertThat(desk.currentPath()).startsWith("tasks");
            desk.logout();

            desk.login(username, second);
            assertThat(desk.currentPath()).doesNotStartWith("login");
        }
        // on a phone, in Spanish: the page fits and speaks Spanish
        try (Browser phone = Browser.open(port, 390, 844, "es")) {
            phone.login(username, second);
            phone.go("account");
            phone.waitUntilTextAppears(Texts.of("es").get("account.everywhere.title"));
            phone.screenshot("account-phone-es");
        }
    }

    @Test
    void aPersonWhoForgotTheirPasswordSignsInOnceWithAMailedLinkAndSetsANewOne() throws Exception {
        String username = newPerson("es");
        Texts texts = Texts.of("es");
        String chosen = "Cedar-Lantern-5531";
        String link;
        try (Browser desk = Browser.open(port, 1280, 900, "es")) {
            desk.go("login");
            desk.clickText("vaadin-button", texts.get("login.forgot"));
            desk.type("forgot-name", username + "@example.org");
            desk.click("forgot-send");
            desk.waitUntilTextAppears(texts.get("login.link-sent"));
            desk.screenshot("account-forgot-password-es");

            notifications.sendDueMails();
            List<MimeMessage> mails = MailServer.to(mail, username + "@example.org");
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getSubject()).isEqualTo(texts.get("sign-in-link.mail.subject"));
            Matcher found = LINK.matcher(String.valueOf(mails.get(0).getContent()));
            assertThat(found.find()).as("the mail has the link").isTrue();
            link = found.group(1);

            desk.go(link);
            desk.click("sign-in-with-link");
            desk.waitForPath("account");
            desk.waitUntilTextAppears(texts.get("account.new-password.intro"));
            assertThat(desk.all("#current-password")).as("no current password asked for").isEmpty();
            desk.screenshot("account-new-password-es");
            desk.type("new-password", chosen);
            desk.type("repeat-password", chosen);
            desk.click("save-own-password");
            desk.waitForVaadin();
            desk.logout();

            desk.login(username, chosen);
            assertThat(desk.currentPath()).doesNotStartWith("login");
            desk.logout();

            // the same link a second time: refused, back at the login page with words saying why
            desk.go(link);
            desk.click("sign-in-with-link");
            desk.waitUntilTextAppears(texts.get("login.link-refused"));
            assertThat(desk.currentPath()).startsWith("login");
        }
    }

    @Test
    void theLoginPageGivesTheSameAnswerForAnAddressNobodyHas() throws Exception {
        Texts texts = Texts.of("en");
        try (Browser desk = Browser.open(port, 1280, 900)) {
            desk.go("login");
            desk.clickText("vaadin-button", texts.get("login.forgot"));
            desk.type("forgot-name", "nobody." + System.nanoTime() + "@example.org");
            desk.click("forgot-send");
            desk.waitUntilTextAppears(texts.get("login.link-sent"));
        }
        assertThat(notifications.sendDueMails()).as("no mail for nobody").isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
