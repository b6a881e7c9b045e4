package org.mixedmovements.tracker.report;

import org.mixedmovements.tracker.audit.AuditDetails;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.ExportFile;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.meeting.ActionPointRow;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingTally;
import org.mixedmovements.tracker.meeting.MeetingMinutesExport;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.springframework.stereotype.Service;

/**
 * The minutes of a meeting, written from what the secretariat recorded ({@link MeetingService#meeting}, as the
 * meeting page shows it) in the meeting's language: its facts, the organisations present, then each agenda item in
 * order with its outcome and its action points (owner and due date).
 */
@Service
class MeetingMinutes implements MeetingMinutesExport {

    private final MeetingService meetings;
    private final ExportAudit audit;

    MeetingMinutes(MeetingService meetings, ExportAudit audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    @Override
    public ExportFile minutes(Long meetingId) {
        requireReader();
        MeetingDetails meeting = meetings.meeting(meetingId);
        String name = meeting.planCode() + "-minutes-" + meeting.heldOn() + ".pdf";
        return new ExportFile(name, ExportFile.PDF, out -> {
            requireReader();
            audit.record("meeting", meetingId, AuditDetails.of("audit.details.exported-minutes", meeting.heldOn()),
                    "{meeting=" + meetingId + "}");
            write(meetings.meeting(meetingId), out);
        });
    }

    void write(MeetingDetails m, OutputStream out) {
        Texts texts = Texts.of(Locale.forLanguageTag(m.language() == null ? "en" : m.language()), m.zone());
        String title = texts.get("minutes.title", m.title());
        try (Pdf pdf = new Pdf(out, title, texts.get("export.page"))) {
            pdf.title(title);
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {texts.get("export.plan"), m.planCode() + " · " + m.planTitle()});
            if (m.startsAt() != null) {
                ZonedDateTime start = m.startsAt().atZone(m.zone());
                facts.add(new String[] {texts.get("minutes.when"), texts.get("minutes.from-until",
                        texts.dateTime(m.startsAt(), m.zone()), texts.time(m.endsAt(), m.zone()),
                        start.getZone().getId())});
                facts.add(new String[] {texts.get("minutes.where"), m.place()});
            } else {
                facts.add(new String[] {texts.get("minutes.when"), texts.date(m.heldOn())});
            }
            facts.add(new String[] {texts.get("minutes.present"), String.join(", ", m.participantCodes())});
            facts.add(new String[] {texts.get("minutes.state"), texts.of("meetings.state.", m.state())});
            pdf.facts(facts);
            AgendaItemView.Words words = texts::get;
            for (AgendaItemView item : m.agenda()) {
                pdf.heading(item.position() + ". " + item.title(words));
                String tally = MeetingTally.words(m.ballots().get(item.decisionId()), words);
                if (item.kind().votedOn() && !tally.isEmpty()) {
                    pdf.text(tally);
                }
                if (item.decisionOutcome() != null) {
                    pdf.text(texts.get("minutes.decision", texts.of("outcome.", item.decisionOutcome())));
                }
                pdf.text(item.outcome() == null ? texts.get("minutes.no-outcome") : item.outcome());
                List<ActionPointRow> points = m.actionPoints().stream()
                        .filter(p -> item.id().equals(p.agendaItemId())).toList();
                if (!points.isEmpty()) {
                    Pdf.Rows rows = pdf.table(List.of(texts.get("minutes.action"), texts.get("minutes.owner"),
                            texts.get("minutes.due")), 6, 2, 1.5f);
                    points.forEach(p -> rows.row(List.of(p.text(), p.ownerCode() + " · " + p.ownerName(),
                            texts.date(p.dueOn()))));
                    rows.end();
                }
            }
            if (m.minutes() != null && !m.minutes().isBlank()) {
                pdf.heading(texts.get("minutes.notes"));
                pdf.text(m.minutes());
            }
        }
    }

    private static void requireReader() {
        CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }
}
