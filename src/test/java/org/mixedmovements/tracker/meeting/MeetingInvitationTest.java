package org.mixedmovements.tracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.notification.MailServer;
import org.mixedmovements.tracker.notification.OutboxRun;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's calendar follows the meeting: the invitation arrives by mail as an iCalendar {@code METHOD:REQUEST};
 * its event ends when the
 * secretariat said (DTEND); moving the meeting sends an update with the same UID and a higher SEQUENCE at the new time
 * and end; cancelling it sends
 * {@code METHOD:CANCEL} with the same UID and a higher SEQUENCE again. Read back with ical4j from a real SMTP server.
 */
@TrackerTest
class MeetingInvitationTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired Fixtures fixtures;
    @Autowired MeetingScheduleService schedule;
    @Autowired RecommendationService recommendations;
    @Autowired UserAdministration users;
    @Autowired OutboxRun sender;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aMemberGetsTheInvitationThenTheUpdateWithAHigherSequenceThenTheCancellationOfTheSameEvent() throws Exception {
        String member = "meet" + RUN.incrementAndGet() + System.nanoTime() % 100000;
        String address = member + "@example.org";
        fixtures.signIn("admin");
        users.create(new UserAdministration.NewUser(member, "Mia " + member, address, fixtures.organisation("UNHCR"),
                Role.WG_MEMBER, "es", "Meeting-test-password-1"));
        Long planId = recommendations.summary(fixtures.newRecommendation("Invitations " + member)).planId();
        fixtures.signIn("secretariat");
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        LocalDate day = LocalDate.of(2026, 7, 2);

        Long meeting = schedule.schedule(new MeetingSchedule(planId, day, LocalTime.of(14, 30),
                LocalTime.of(16, 0), madrid,
                "Quarterly review " + member, "Palais, room XII", "es"));
        VEvent invited = event(sentTo(address, 1), "REQUEST", "14:30–16:00");
        schedule.reschedule(meeting, new MeetingSchedule(planId, day.plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(10, 15), madrid,
                "Quarterly review " + member, "https://call.example.org/wg", "es"));
        VEvent moved = event(sentTo(address, 2), "REQUEST", "09:00–10:15");
        schedule.cancel(meeting);
        VEvent cancelled = event(sentTo(address, 3), "CANCEL", null);

        assertThat(uid(moved)).isEqualTo(uid(invited));
        assertThat(uid(cancelled)).isEqualTo(uid(invited));
        assertThat(sequence(invited)).isZero();
        assertThat(sequence(moved)).isGreaterThan(sequence(invited));
        assertThat(sequence(cancelled)).isGreaterThan(sequence(moved));
        assertThat(start(invited)).isEqualTo(day.atTime(14, 30).atZone(madrid).toInstant());
        assertThat(start(moved)).isEqualTo(day.plusDays(1).atTime(9, 0).atZone(madrid).toInstant());
        assertThat(end(invited)).isEqualTo(day.atTime(16, 0).atZone(madrid).toInstant());
        assertThat(end(moved)).isEqualTo(day.plusDays(1).atTime(10, 15).atZone(madrid).toInstant());
        assertThat(invited.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Palais, room XII");
        assertThat(moved.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("https://call.example.org/wg");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    /** Sends the outbox and returns the newest of the mails the address has, once it has {@code count}. */
    private MimeMessage sentTo(String address, int count) throws Exception {
        sender.send();
        List<MimeMessage> mails = MailServer.to(mail, address);
        assertThat(mails).hasSize(count);
        return mails.get(count - 1);
    }

    /** The mail's calendar event; {@code hours}, when given, the meeting's hours its text must name. */
    private static VEvent event(MimeMessage message, String method, String hours) throws Exception {
        assertThat(message.getContentLanguage()).containsExactly("es");
        Multipart parts = (Multipart) message.getContent();
        String body = null;
        String calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                body = String.valueOf(inner.getBodyPart(0).getContent());
            } else if (part.getContentType().startsWith("text/calendar")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getInputStream().transferTo(bytes);
                calendar = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(part.getContentType()).contains("method=" + method);
            }
        }
        assertThat(body).contains("Quarterly review");
        if (hours != null) {
            assertThat(body).as("the mail's text names when the meeting starts and ends").contains(hours);
        }
        assertThat(calendar).isNotNull();
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        return parsed.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }

    private static Instant end(VEvent event) {
        return Instant.from(event.getDateTimeEnd().getDate());
    }
}
