package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.mixedmovements.tracker.base.ui.DateRange;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.ActionPointDraft;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.organisation.Organisation;

/** An action point on an agenda item: what is to be done, by which organisation, by which day. */
class ActionPointDialog extends Dialog {

    ActionPointDialog(MeetingRoomService room, MeetingDetails meeting, AgendaItemView item,
                      List<Organisation> organisations, Runnable onSaved) {
        setHeaderTitle(getTranslation("meetings.item.action"));
        setWidth("min(36em, 100vw)");
        TextArea text = new TextArea(getTranslation("meetings.action.text"));
        text.setId("action-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        ComboBox<Organisation> owner = new ComboBox<>(getTranslation("meetings.action.owner"));
        owner.setId("action-owner");
        owner.setItems(organisations);
        owner.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        owner.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("meetings.action.due"));
        due.setId("action-due");
        DateRange.limit(due);
        FormChecks checks = new FormChecks(this);
        checks.field("actionText", text, true);
        checks.field("actionOwner", owner, true);
        checks.field("actionDue", due, true);
        add(new Paragraph(item.title((key, arguments) -> getTranslation(key, arguments))), text, owner, due,
                checks.messages());
        Button save = new Button(getTranslation("meetings.action.save"), e -> {
            if (checks.run(() -> room.addActionPoint(meeting.id(), item.id(), new ActionPointDraft(text.getValue(),
                    owner.getValue() == null ? null : owner.getValue().getId(), due.getValue())))) {
                Messages.showSuccess(this, "meetings.action.saved");
                close();
                onSaved.run();
            }
        });
        save.setId("save-action");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
