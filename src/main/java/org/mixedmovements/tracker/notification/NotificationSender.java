package org.mixedmovements.tracker.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mixedmovements.tracker.account.Contact;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox ({@code notification_mail}), safely on several nodes at once:
 * <ol>
 * <li><b>claim</b> one row: {@code UPDATE ... SET claim_token, claimed_until = now + lease WHERE id = ? AND state =
 * 'PENDING' AND (claimed_until IS NULL OR claimed_until < now)}, committed on its own. One update wins; a node that
 * updated no row leaves the mail alone. Works the same on H2 and PostgreSQL (no SKIP LOCKED needed);</li>
 * <li><b>send</b>, outside any transaction, only if the claim is still this node's with time left
 * ({@code tracker.notifications.send-margin}) so a node that stalled after claiming does not send a mail another
 * node has taken over;</li>
 * <li><b>mark it SENT</b> at once, guarded by the claim token.</li>
 * </ol>
 * A node that stops between claim and send leaves a claim that runs out after the lease; then another node (or the
 * same one after its restart) takes the mail over and sends it once. A failed send is retried later with a growing
 * pause, up to {@code tracker.notifications.max-attempts}, then the mail is FAILED. Without {@code spring.mail.host}
 * there is no mail server: mails are written to the log and marked LOGGED.
 */
@Component
class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserDirectory users;
    private final MailComposer composer;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final Duration margin;
    private final int maxAttempts;

    NotificationSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, UserDirectory users,
                       MailComposer composer, PlatformTransactionManager transactions, Clock clock,
                       @Value("${tracker.notifications.node:}") String node,
                       @Value("${tracker.notifications.claim-lease:PT10M}") Duration lease,
                       @Value("${tracker.notifications.send-margin:PT1M}") Duration margin,
                       @Value("${tracker.notifications.max-attempts:8}") int maxAttempts) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.users = users;
        this.composer = composer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        String name = node == null || node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
        this.node = name.length() > 100 ? name.substring(0, 100) : name;
        this.lease = lease;
        this.margin = margin;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(cron = "${tracker.notifications.send-cron:*/30 * * * * *}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException failure) {
            LOG.warn("Sending notification mails failed; the next run tries again", failure);
        }
    }

    /** Sends every mail that is due and not claimed by a live node; returns how many went out. */
    int sendDue() {
        List<Long> due = jdbc.sql("select id from notification_mail where state = 'PENDING'"
                        + " and (claimed_until is null or claimed_until < :now) order by id fetch first " + BATCH
                        + " rows only")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).list();
        int sent = 0;
        for (Long id : due) {
            Optional<String> token = claim(id);
            if (token.isPresent() && deliver(id, token.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the mail for this node for the lease; empty when another node holds it or it is no longer pending. */
    Optional<String> claim(Long mailId) {
        String token = node + ":" + UUID.randomUUID();
        Instant now = clock.instant();
        Integer claimed = ownTransaction.execute(status -> jdbc.sql("update notification_mail set claim_token = :token,"
                        + " claimed_until = :until, attempts = attempts + 1 where id = :id and state = 'PENDING'"
                        + " and (claimed_until is null or claimed_until < :now)")
                .param("token", token).param("until", Timestamp.from(now.plus(lease)))
                .param("id", mailId).param("now", Timestamp.from(now)).update());
        return claimed != null && claimed == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Sends a claimed mail; returns whether it went to the mail server. */
    boolean deliver(Long mailId, String token) {
        MailRow mail = jdbc.sql("select id, mail_key, recipient_id, digest_day, sign_in_link, sign_in_expires_at,"
                        + " attachment_name, attachment_type, attachment_text from notification_mail where id = :id")
                .param("id", mailId)
                .query((rs, n) -> new MailRow(rs.getLong("id"), rs.getString("mail_key"), rs.getLong("recipient_id"),
                        rs.getObject("digest_day", LocalDate.class), rs.getString("sign_in_link"),
                        rs.getTimestamp("sign_in_expires_at") == null ? null
                                : rs.getTimestamp("sign_in_expires_at").toInstant(),
                        rs.getString("attachment_name") == null ? null
                        : new Outbox.Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                                rs.getString("attachment_text"))))
                .single();
        Optional<Contact> recipient = users.contact(mail.recipientId()).filter(Contact::hasEmail);
        List<InboxItem> items = mail.signInLink() == null ? composer.itemsOf(mailId) : List.of();
        boolean expiredLink = mail.signInLink() != null && !mail.signInExpiresAt().isAfter(clock.instant());
        if (recipient.isEmpty() || (mail.signInLink() == null && items.isEmpty()) || expiredLink) {
            finish(mailId, token, "SKIPPED", null);
            return false;
        }
        MailComposer.Mail text = mail.signInLink() != null
                ? composer.signInLink(recipient.get(), mail.signInLink(), mail.signInExpiresAt())
                : mail.digestDay() == null
                ? composer.single(recipient.get(), items.get(0))
                : composer.digest(recipient.get(), mail.digestDay(), items);
        if (!stillMine(mailId, token)) {
            LOG.info("Mail {} ({}) was taken over by another node; not sending it here", mailId, mail.mailKey());
            return false;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            // a sign-in link is a secret: without a mail server it is not written to the log either
            LOG.info("Mail off (no spring.mail.host): to {} <{}>, subject \"{}\"\n{}", recipient.get().username(),
                    recipient.get().email(), text.subject(), mail.signInLink() == null ? text.body() : "(sign-in link)");
            finish(mailId, token, "LOGGED", null);
            return false;
        }
        try {
            sender.send(message(sender, mail, recipient.get(), text));
        } catch (MailException | MessagingException failure) {
            LOG.warn("Mail {} to {} not sent: {}", mailId, recipient.get().email(), failure.getMessage());
            failed(mailId, token, failure);
            return false;
        }
        if (!finish(mailId, token, "SENT", null)) {
            LOG.warn("Mail {} was sent but its claim had run out: another node may send it again", mailId);
        }
        return true;
    }

    private MimeMessage message(JavaMailSender sender, MailRow mail, Contact to, MailComposer.Mail text)
            throws MessagingException {
        String messageId = "<" + mail.mailKey().replace(':', '.') + "." + mail.id() + "@recommendation-tracker>";
        // (a sign-in link's key is a random name, not the link's token)
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new MimeMessage(impl.getSession()) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", messageId);
                    }
                }
                : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        helper.setFrom(composer.from());
        helper.setTo(to.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        if (mail.attachment() != null) {
            Outbox.Attachment file = mail.attachment();
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8)),
                    file.mediaType());
        }
        message.setHeader("Content-Language", Languages.of(to.locale()).toLanguageTag());
        return message;
    }

    private boolean stillMine(Long mailId, String token) {
        return jdbc.sql("select count(*) from notification_mail where id = :id and claim_token = :token"
                        + " and state = 'PENDING' and claimed_until > :safe")
                .param("id", mailId).param("token", token)
                .param("safe", Timestamp.from(clock.instant().plus(margin)))
                .query(Long.class).single() == 1;
    }

    private boolean finish(Long mailId, String token, String state, String error) {
        Integer done = ownTransaction.execute(status -> jdbc.sql("update notification_mail set state = :state,"
                        + " sent_at = :now, last_error = :error, claim_token = null, claimed_until = null,"
                        + " sign_in_link = null where id = :id and claim_token = :token")
                .param("state", state).param("now", Timestamp.from(clock.instant())).param("error", error)
                .param("id", mailId).param("token", token).update());
        return done != null && done == 1;
    }

    private void failed(Long mailId, String token, Exception failure) {
        int attempts = jdbc.sql("select attempts from notification_mail where id = :id").param("id", mailId)
                .query(Integer.class).single();
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts, 6))));
        String error = String.valueOf(failure.getMessage());
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update notification_mail set state = :state,"
                        + " last_error = :error, claim_token = null, claimed_until = :retry,"
                        + " sign_in_link = case when :state = 'FAILED' then null else sign_in_link end"
                        + " where id = :id and claim_token = :token")
                .param("state", attempts >= maxAttempts ? "FAILED" : "PENDING")
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("retry", Timestamp.from(retryAt)).param("id", mailId).param("token", token).update());
    }

    /** An outbox row: a notification's mail (with a file, such as a meeting's invitation), a digest (a day), or a
     *  sign-in link (forgot password). */
    private record MailRow(long id, String mailKey, long recipientId, LocalDate digestDay, String signInLink,
                           Instant signInExpiresAt, Outbox.Attachment attachment) {
    }
}
