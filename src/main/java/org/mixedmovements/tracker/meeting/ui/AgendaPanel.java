package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.ActionPointRow;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.MeetingState;
import org.mixedmovements.tracker.meeting.MeetingTally;
import org.mixedmovements.tracker.organisation.Organisation;

/**
 * A meeting's agenda, the page the meeting is held on: each item in order with what was decided and its action
 * points. While the meeting is scheduled the secretariat orders, removes and adds items, records each item's outcome
 * (a consensus decision taken there), the votes of the members present on a decision waiting for them, and its
 * action points.
 */
class AgendaPanel extends Div {

    private final MeetingDetails meeting;
    private final MeetingService meetings;
    private final MeetingScheduleService schedule;
    private final MeetingRoomService room;
    private final List<Organisation> organisations;
    private final Runnable changed;
    private final boolean editable;

    AgendaPanel(MeetingDetails meeting, boolean secretariat, MeetingService meetings, MeetingScheduleService schedule,
                MeetingRoomService room, List<Organisation> organisations, Runnable changed) {
        this.meeting = meeting;
        this.meetings = meetings;
        this.schedule = schedule;
        this.room = room;
        this.organisations = organisations;
        this.changed = changed;
        this.editable = secretariat && meeting.state() == MeetingState.SCHEDULED;
        setId("meeting-agenda");
        addClassName("meeting-agenda");
        add(new H3(getTranslation("meetings.agenda")));
        OrderedList items = new OrderedList();
        items.addClassName("agenda-items");
        meeting.agenda().forEach(item -> items.add(item(item)));
        if (meeting.agenda().isEmpty()) {
            add(new Paragraph(getTranslation("meetings.agenda.empty")));
        }
        add(items);
        if (editable) {
            add(newItem());
        }
    }

    private ListItem item(AgendaItemView item) {
        String words = item.title((key, arguments) -> getTranslation(key, arguments));
        Div title = new Div();
        title.addClassName("agenda-item-title");
        title.add(item.link() == null ? new Span(words) : new Anchor(item.link(), words));
        ListItem row = new ListItem(title);
        row.setId("agenda-item-" + item.position());
        row.addClassName("agenda-item");
        if (item.decisionOutcome() != null) {
            Span decided = new Span(getTranslation("meetings.item.decided", getTranslation("outcome."
                    + item.decisionOutcome().name())));
            decided.getElement().getThemeList().addAll(List.of("badge", "success"));
            title.add(decided);
        }
        String tally = MeetingTally.words(meeting.ballots().get(item.decisionId()),
                (key, arguments) -> getTranslation(key, arguments));
        if (item.kind().votedOn() && !tally.isEmpty()) {
            Paragraph votes = new Paragraph(tally);
            votes.setId("agenda-tally-" + item.position());
            votes.addClassName("agenda-item-tally");
            row.add(votes);
        }
        if (item.outcome() != null) {
            Paragraph outcome = new Paragraph(item.outcome());
            outcome.addClassName("agenda-item-outcome");
            row.add(outcome);
        }
        List<ActionPointRow> points = meeting.actionPoints().stream()
                .filter(p -> item.id().equals(p.agendaItemId())).toList();
        if (!points.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("agenda-action-points");
            points.forEach(p -> list.add(new ListItem(getTranslation("meetings.action-point", p.text(), p.ownerCode(),
                    Formats.date(p.dueOn())))));
            row.add(list);
        }
        if (editable) {
            row.add(tools(item));
        }
        return row;
    }

    private Div tools(AgendaItemView item) {
        Button up = icon(VaadinIcon.ARROW_UP, "meetings.item.up", () -> schedule.moveItem(meeting.id(), item.id(), -1));
        up.setEnabled(item.position() > 1);
        Button down = icon(VaadinIcon.ARROW_DOWN, "meetings.item.down",
                () -> schedule.moveItem(meeting.id(), item.id(), 1));
        down.setEnabled(item.position() < meeting.agenda().size());
        Button remove = icon(VaadinIcon.TRASH, "meetings.item.remove",
                () -> schedule.removeItem(meeting.id(), item.id()));
        remove.setEnabled(item.decisionOutcome() == null);
        Button outcome = new Button(getTranslation("meetings.item.record"), VaadinIcon.EDIT.create(),
                e -> new ItemOutcomeDialog(room, meeting, item, changed).open());
        outcome.setId("record-item-" + item.position());
        outcome.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button action = new Button(getTranslation("meetings.item.action"), VaadinIcon.PLUS.create(),
                e -> new ActionPointDialog(room, meeting, item, organisations, changed).open());
        action.setId("add-action-" + item.position());
        action.addThemeVariants(ButtonVariant.LUMO_SMALL);
        up.setId("item-up-" + item.position());
        down.setId("item-down-" + item.position());
        remove.setId("item-remove-" + item.position());
        Div tools = new Div(outcome, action, up, down, remove);
        if (item.votable() && meeting.ballots().get(item.decisionId()) != null
                && meeting.ballots().get(item.decisionId()).open()) {
            Button votes = new Button(getTranslation("meetings.votes.record"), VaadinIcon.HANDS_UP.create(),
                    e -> new RecordVotesDialog(room, meeting, item, organisations,
                            meetings.recusedOrganisation(item.decisionId()).orElse(null), changed).open());
            votes.setId("record-votes-" + item.position());
            votes.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tools.addComponentAtIndex(1, votes);
        }
        tools.addClassName("agenda-item-tools");
        return tools;
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            try {
                action.run();
                changed.run();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        return button;
    }

    private Div newItem() {
        TextField text = new TextField(getTranslation("meetings.item.new"));
        text.setId("new-agenda-item");
        text.setMaxLength(1000);
        text.addClassName("agenda-new-item-text");
        FormChecks checks = new FormChecks(this);
        checks.field("agendaItem", text, false);
        Button add = new Button(getTranslation("meetings.item.add"), VaadinIcon.PLUS.create(), e -> {
            if (checks.run(() -> schedule.addItem(meeting.id(), text.getValue()))) {
                changed.run();
            }
        });
        add.setId("add-agenda-item");
        Div row = new Div(text, add, checks.messages());
        row.addClassName("agenda-new-item");
        return row;
    }
}
