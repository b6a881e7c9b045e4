package org.mixedmovements.tracker.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.meeting.ActionPointGiven;
import org.mixedmovements.tracker.meeting.MeetingAnnounced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the working group's members of their meetings (invitation, update, cancellation with the iCalendar message
 * attached to the mail; the minutes with a link to the meeting's page, where the PDF is) and an organisation's focal
 * points of an action point it was given. In the transaction of the change, like every notification.
 */
@Component
class MeetingNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Outbox outbox;
    private final UserDirectory users;

    MeetingNotifications(Outbox outbox, UserDirectory users) {
        this.outbox = outbox;
        this.users = users;
    }

    @EventListener
    void on(MeetingAnnounced announced) {
        NotificationKind kind = switch (announced.announcement()) {
            case INVITATION -> NotificationKind.MEETING_INVITATION;
            case UPDATE -> NotificationKind.MEETING_UPDATED;
            case CANCELLATION -> NotificationKind.MEETING_CANCELLED;
            case MINUTES -> NotificationKind.MEETING_MINUTES;
        };
        List<String> arguments = List.of("", "", "", announced.title(), InboxItem.date(announced.date()),
                announced.time() == null ? "" : TIME.format(announced.time())
                        + (announced.ends() == null ? "" : "–" + TIME.format(announced.ends())),
                announced.zone() == null ? "" : announced.zone(), announced.place() == null ? "" : announced.place());
        Outbox.Attachment calendar = announced.calendarText() == null ? null : new Outbox.Attachment(
                announced.calendarFileName(), announced.calendarMediaType(), announced.calendarText());
        outbox.tellWithAttachment(users.contactsWith(Role.WG_MEMBER), kind,
                "meeting:" + announced.meetingId() + ":" + announced.announcement() + ":" + announced.sequence(),
                new Target("meetings/" + announced.meetingId(), null), arguments, calendar);
    }

    @EventListener
    void on(ActionPointGiven given) {
        outbox.tellAll(users.contactsOf(List.of(given.organisationId()), Set.of(Role.AGENCY, Role.WG_MEMBER)),
                NotificationKind.ACTION_POINT_GIVEN, Target.actionPointKey(given.actionPointId()), null, null,
                Target.actionPoint(given.actionPointId()),
                List.of("", "", "", given.text(), InboxItem.date(given.dueOn())));
    }
}
