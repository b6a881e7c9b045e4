package org.mixedmovements.tracker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.Contact;
import org.mixedmovements.tracker.i18n.EnglishLeaks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18's guard for mails: every notification a recommendation's life sends (made with neutral data, "Ω…"), and
 * every kind of notification, composed as a mail (single and digest) and as the sign-in link, in Spanish, Portuguese
 * and French, holds no phrase of the English bundle, no code and no raw key.
 */
@TrackerTest
class NoEnglishInMailsTest {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"),
            Locale.FRENCH);

    @Autowired Fixtures fixtures;
    @Autowired MailComposer composer;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void no_mail_holds_english_codes_or_keys_in_spanish_portuguese_or_french() {
        Long recommendation = fixtures.newRecommendation("Ω1");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Ω2", "R4V", 20, false),
                fixtures.milestone("Ω3", "IBC-HM", 3, true));
        List<InboxItem> sent = jdbc.sql("select " + InboxItem.COLUMNS + " from notification where recommendation_id = :r")
                .param("r", recommendation).query((rs, n) -> InboxItem.from(rs)).list();
        assertThat(sent).isNotEmpty();
        List<InboxItem> everyKind = new ArrayList<>(sent);
        for (NotificationKind kind : NotificationKind.values()) { // the kinds this life does not send, with neutral words
            everyKind.add(new InboxItem(0L, kind, recommendation, null, List.of("Ω4", "Ω5", "Ω6", "Ω7", "Ω8"),
                    Instant.parse("2026-03-01T12:00:00Z"), null, "inbox", null));
        }

        List<String> leaks = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            EnglishLeaks guard = new EnglishLeaks(language);
            Contact to = new Contact(1L, "ω", "Ω9", "omega@example.org", language, null, Set.of());
            for (InboxItem item : everyKind) {
                MailComposer.Mail mail = composer.single(to, item);
                leaks.addAll(guard.in(List.of(mail.subject(), mail.body()), "mail " + item.kind()));
            }
            MailComposer.Mail digest = composer.digest(to, LocalDate.of(2026, 3, 1), sent);
            leaks.addAll(guard.in(List.of(digest.subject(), digest.body()), "digest"));
            MailComposer.Mail link = composer.signInLink(to, "https://example.org/login/ott?token=x",
                    Instant.parse("2026-03-01T12:00:00Z"));
            leaks.addAll(guard.in(List.of(link.subject(), link.body()), "sign-in link"));
        }
        assertThat(leaks).as(String.join("\n", leaks)).isEmpty();

        // the guard reads the mails: the same mails in English are caught
        Contact english = new Contact(1L, "ω", "Ω9", "omega@example.org", Locale.ENGLISH, null, Set.of());
        MailComposer.Mail digest = composer.digest(english, LocalDate.of(2026, 3, 1), sent);
        assertThat(new EnglishLeaks(Locale.FRENCH).in(List.of(digest.body()), "digest")).isNotEmpty();
    }
}
