package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Downloads;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingMinutesExport;
import org.mixedmovements.tracker.meeting.MeetingPackExport;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.MeetingState;
import org.mixedmovements.tracker.organisation.Organisation;

/**
 * One meeting. Scheduled ahead: when and where, the meeting pack, the attendance and the agenda the meeting is held on,
 * and, once closed, its minutes as a PDF. Recorded after the fact: who was there, the minutes and the decisions taken
 * by consensus.
 */
@Route("meetings")
@RolesAllowed({Role.WG_MEMBER_NAME, Role.SECRETARIAT_NAME})
@StyleSheet("context://styles/meetings.css")
class MeetingDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingScheduleService schedule;
    private final MeetingRoomService room;
    private final MeetingPackExport packs;
    private final MeetingMinutesExport minutes;
    private String title = "";
    private Long meetingId;

    MeetingDetailView(MeetingService meetings, MeetingScheduleService schedule, MeetingRoomService room,
                      MeetingPackExport packs, MeetingMinutesExport minutes) {
        this.meetings = meetings;
        this.schedule = schedule;
        this.room = room;
        this.packs = packs;
        this.minutes = minutes;
        setWidthFull();
        setMaxWidth("56em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        meetingId = id;
        refresh();
    }

    private void refresh() {
        MeetingDetails m = meetings.meeting(meetingId);
        if (m.hasAgenda()) {
            showAgenda(m);
        } else {
            show(m);
        }
    }

    private void showAgenda(MeetingDetails m) {
        removeAll();
        boolean secretariat = CurrentUser.find().map(u -> u.has(Role.SECRETARIAT)).orElse(false);
        boolean open = m.state() == MeetingState.SCHEDULED;
        title = Formats.date(m.heldOn()) + " · " + m.title();
        H2 heading = new H2(title);
        heading.setId("meeting-heading");
        Span state = Badges.of(m.state(), "meetings.state.", m.state() == MeetingState.CANCELLED ? "error" : "contrast");
        state.setId("meeting-state");
        Paragraph when = new Paragraph(getTranslation("meetings.when", Formats.dateTime(m.startsAt(), m.zone()),
                Formats.time(m.endsAt(), m.zone()), m.zone().getId(), m.place(),
                getTranslation("meetings.language." + m.language())));
        when.setId("meeting-when");
        when.addClassName("meeting-facts");
        Locale locale = getLocale();
        Div tools = new Div(Downloads.link("meeting-pack", getTranslation("export.meeting-pack"),
                VaadinIcon.FILE_TEXT_O, () -> packs.meetingPack(m.planId(), locale)));
        tools.addClassName("meeting-tools");
        if (m.state() == MeetingState.CLOSED) {
            tools.add(Downloads.link("meeting-minutes-pdf", getTranslation("meetings.minutes.pdf"),
                    VaadinIcon.FILE_TEXT, () -> minutes.minutes(m.id())));
        }
        if (secretariat && open) {
            Button move = new Button(getTranslation("meetings.move"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> new ScheduleMeetingDialog(schedule, List.of(), null, m, id -> refresh()).open());
            move.setId("move-meeting");
            Button cancel = new Button(getTranslation("meetings.cancel"), VaadinIcon.CLOSE_CIRCLE.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("meetings.cancel"),
                        getTranslation("meetings.cancel.confirm", m.title()), getTranslation("meetings.cancel"),
                        ok -> act(() -> schedule.cancel(m.id()), "meetings.cancelled"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                        + ButtonVariant.LUMO_PRIMARY.getVariantName());
                confirm.open();
            });
            cancel.setId("cancel-meeting");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tools.add(move, cancel);
        }
        add(new Div(heading, state), when, tools, attendance(m, secretariat && open),
                new AgendaPanel(m, secretariat, meetings, schedule, room, meetings.organisations(),
                        this::refresh));
        if (secretariat && open) {
            add(closing(m));
        } else if (m.minutes() != null && !m.minutes().isBlank()) {
            Paragraph notes = new Paragraph(m.minutes());
            notes.setId("meeting-minutes");
            notes.addClassName("meeting-notes");
            add(new H3(getTranslation("meetings.notes")), notes);
        }
    }

    private Component attendance(MeetingDetails m, boolean editable) {
        if (!editable) {
            Paragraph present = new Paragraph(getTranslation("meetings.detail.present",
                    m.participantCodes().isEmpty() ? getTranslation("meetings.nobody-yet")
                            : String.join(", ", m.participantCodes())));
            present.setId("meeting-participants");
            return present;
        }
        List<Organisation> all = meetings.organisations();
        MultiSelectComboBox<Organisation> present = new MultiSelectComboBox<>(getTranslation("meetings.participants"));
        present.setId("meeting-attendance");
        present.setItems(all);
        present.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        present.setValue(all.stream().filter(o -> m.participantIds().contains(o.getId())).toList());
        present.setWidthFull();
        Button save = new Button(getTranslation("meetings.attendance.save"),
                e -> act(() -> room.recordAttendance(m.id(), present.getValue().stream().map(Organisation::getId)
                        .toList()), "meetings.attendance.saved"));
        save.setId("save-attendance");
        Div row = new Div(present, save);
        row.addClassName("meeting-attendance");
        return row;
    }

    private Component closing(MeetingDetails m) {
        TextArea notes = new TextArea(getTranslation("meetings.notes"));
        notes.setId("meeting-notes");
        notes.setHelperText(getTranslation("meetings.notes.help"));
        notes.setMaxLength(10000);
        notes.setWidthFull();
        FormChecks checks = new FormChecks(this);
        checks.field("minutes", notes, false);
        Button close = new Button(getTranslation("meetings.close"), VaadinIcon.CHECK.create(), e -> {
            if (checks.run(() -> room.close(m.id(), notes.getValue()))) {
                Messages.showSuccess(this, "meetings.closed");
                refresh();
            }
        });
        close.setId("close-meeting");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("meetings.close.title")), notes, checks.messages(), close);
        box.addClassName("meeting-closing");
        return box;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.showSuccess(this, doneKey);
            refresh();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    private void show(MeetingDetails m) {
        removeAll();
        title = Formats.date(m.heldOn()) + " · " + m.title();
        H2 heading = new H2(title);
        heading.setId("meeting-heading");
        Paragraph facts = new Paragraph(getTranslation("meetings.detail.facts", m.planCode(), m.planTitle(),
                m.recordedBy(), Formats.dateTime(m.recordedAt())));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Paragraph present = new Paragraph(getTranslation("meetings.detail.present", String.join(", ", m.participantCodes())));
        present.setId("meeting-participants");
        Paragraph minutes = new Paragraph(m.minutes());
        minutes.setId("meeting-minutes");
        minutes.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere")
                .set("border-left", "4px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)");
        add(heading, facts, present, new H3(getTranslation("meetings.minutes")), minutes,
                new H3(getTranslation("meetings.decisions-taken")), decisions(m));
    }

    private Div decisions(MeetingDetails m) {
        Div list = new Div();
        list.setId("meeting-decisions");
        list.setWidthFull();
        if (m.decisions().isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.no-decisions")));
        }
        for (MeetingDetails.DecisionTakenHere d : m.decisions()) {
            Anchor recommendation = new Anchor("recommendations/" + d.recommendationId(),
                    d.recommendationCode() + " · " + d.recommendationTitle());
            recommendation.getStyle().set("font-weight", "600");
            Span what = new Span(getTranslation("approvals.type." + d.type().name()) + ": "
                    + getTranslation("outcome." + d.outcome().name()) + (d.reason() == null ? "" : " (" + d.reason() + ")"));
            what.setId("meeting-decision-" + d.decisionId());
            what.getStyle().set("display", "block");
            Div row = new Div(recommendation, what);
            row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("overflow-wrap", "anywhere");
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
