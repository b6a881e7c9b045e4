package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * What the meeting said or decided on one agenda item: the outcome in words and, for a decision the group takes by
 * consensus, the decision itself (approved, or rejected with its reasons for the owner).
 */
class ItemOutcomeDialog extends Dialog {

    ItemOutcomeDialog(MeetingRoomService room, MeetingDetails meeting, AgendaItemView item, Runnable onSaved) {
        setHeaderTitle(getTranslation("meetings.item.record"));
        setWidth("min(40em, 100vw)");
        Paragraph what = new Paragraph(item.title((key, arguments) -> getTranslation(key, arguments)));
        TextArea outcome = new TextArea(getTranslation("meetings.item.outcome"));
        outcome.setId("item-outcome");
        outcome.setMaxLength(4000);
        outcome.setWidthFull();
        outcome.setValue(item.outcome() == null ? "" : item.outcome());
        RadioButtonGroup<Outcome> decision = new RadioButtonGroup<>(getTranslation("consensus.outcome"));
        decision.setId("item-decision");
        decision.setItems(Outcome.values());
        decision.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("item-reason");
        reason.setHelperText(getTranslation("decision.reason-help"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        FormChecks checks = new FormChecks(this);
        checks.field("agendaOutcome", outcome, true);
        checks.field("outcome", decision, false);
        checks.field("reason", reason, false);
        add(what, outcome);
        if (item.decidable()) {
            add(decision, reason);
        }
        add(checks.messages());
        Button save = new Button(getTranslation("meetings.item.save"), e -> {
            if (checks.run(() -> room.recordOutcome(meeting.id(), item.id(), outcome.getValue(),
                    item.decidable() ? decision.getValue() : null, reason.getValue()))) {
                Messages.showSuccess(this, "meetings.item.saved");
                close();
                onSaved.run();
            }
        });
        save.setId("save-item-outcome");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
