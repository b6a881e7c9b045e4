package org.mixedmovements.tracker.notification;

import org.mixedmovements.tracker.base.PublicAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mixedmovements.tracker.account.Contact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of a mail, in the recipient's language (their stored locale, texts from the translation bundles) and times
 * in their time zone, with each notification's link to the page where its work is done:
 * {@code tracker.base-url} ({@link PublicAddress}) + {@code /} + its target (an anonymous reader signs in and lands there).
 */
@Component
class MailComposer {

    record Mail(String subject, String body) {
    }

    private final JdbcClient jdbc;
    private final Texts texts;
    private final String baseUrl;
    private final String from;
    private final NotificationPreferenceService preferences;

    MailComposer(JdbcClient jdbc, Texts texts, NotificationPreferenceService preferences,
                 PublicAddress address,
                 @Value("${tracker.notifications.from:Recommendation Tracker <no-reply@localhost>}") String from) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.baseUrl = address.base();
        this.from = from;
        this.preferences = preferences;
    }

    String from() {
        return from;
    }

    /** The notifications a mail tells, oldest first. */
    List<InboxItem> itemsOf(Long mailId) {
        return jdbc.sql("select " + InboxItem.COLUMNS + " from notification where mail_id = :mail order by created_at, id")
                .param("mail", mailId).query((rs, n) -> InboxItem.from(rs))
                .list();
    }

    Mail single(Contact to, InboxItem item) {
        String line = texts.notification(to.locale(), item.kind(), item.arguments());
        String body = texts.text(to.locale(), "notification.mail.greeting", to.displayName()) + "\n\n"
                + line + "\n\n"
                + link(to, item)
                + "\n\n-- \n" + texts.text(to.locale(), "notification.mail.footer", baseUrl + "/inbox") + "\n";
        return new Mail(texts.text(to.locale(), "notification.mail.subject", line), body);
    }

    Mail digest(Contact to, LocalDate day, List<InboxItem> items) {
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to.locale()));
        StringBuilder body = new StringBuilder()
                .append(texts.text(to.locale(), "notification.mail.greeting", to.displayName())).append("\n\n")
                .append(texts.text(to.locale(), "notification.digest.intro", items.size(), date)).append("\n");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(to.locale())
                .withZone(preferences.zoneOf(to.id()));
        for (InboxItem item : items) {
            body.append("\n- ").append(time.format(item.createdAt())).append(": ")
                    .append(texts.notification(to.locale(), item.kind(), item.arguments()));
            if (item.target() != null) {
                body.append("\n  ").append(url(item));
            }
        }
        body.append("\n\n-- \n").append(texts.text(to.locale(), "notification.mail.footer", baseUrl + "/inbox"))
                .append("\n");
        return new Mail(texts.text(to.locale(), "notification.digest.subject", items.size(), date), body.toString());
    }

    /** A one-time sign-in link (forgot password), with the moment it stops working in the person's zone. */
    Mail signInLink(Contact to, String link, java.time.Instant expiresAt) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(to.locale()).withZone(preferences.zoneOf(to.id()));
        String body = texts.text(to.locale(), "notification.mail.greeting", to.displayName()) + "\n\n"
                + texts.text(to.locale(), "sign-in-link.mail.body", to.username()) + "\n\n"
                + link + "\n\n"
                + texts.text(to.locale(), "sign-in-link.mail.expires", time.format(expiresAt)) + "\n\n"
                + texts.text(to.locale(), "sign-in-link.mail.not-you") + "\n";
        return new Mail(texts.text(to.locale(), "sign-in-link.mail.subject"), body);
    }

    private String link(Contact to, InboxItem item) {
        return item.target() == null ? ""
                : texts.text(to.locale(), "notification.mail.open") + " " + url(item);
    }

    private String url(InboxItem item) {
        return baseUrl + "/" + item.target();
    }
}
