package org.mixedmovements.tracker.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * GreenMail as a real SMTP server on the fixed port the shared test context's {@code spring.mail.port} names
 * (application-test.properties), started and emptied for each test method by the tests that register it.
 */
public final class MailServer {

    public static final int PORT = 39725;

    private MailServer() {
    }

    /**
     * The server, and before each test the outbox without the mails earlier tests left waiting: the tests share one
     * application, the other tests queue mails they never send, and the first test to send would otherwise push them
     * all through SMTP (thousands, most of a minute and a half), with its own mails batches later.
     */
    public static GreenMailExtension extension() {
        ServerSetup smtp = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // GreenMail's 2 s to start once failed on the loaded two-core CI machine
        smtp.setServerStartupTimeout(15_000);
        return new GreenMailExtension(smtp) {
            @Override
            public void beforeEach(ExtensionContext context) {
                super.beforeEach(context);
                SpringExtension.getApplicationContext(context).getBean(JdbcClient.class)
                        .sql("update notification_mail set state = 'SENT', sent_at = created_at, claim_token = null,"
                                + " claimed_until = null where state = 'PENDING'")
                        .update();
            }
        }.withPerMethodLifecycle(true);
    }

    /** The mails received for that address. */
    public static List<MimeMessage> to(GreenMailExtension mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
