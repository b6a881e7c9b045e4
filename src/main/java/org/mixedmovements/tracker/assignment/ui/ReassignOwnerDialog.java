package org.mixedmovements.tracker.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.mixedmovements.tracker.assignment.AssignableMilestone;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;

/** Gives the selected milestones to another owner organisation, with the reason that goes into their history. */
class ReassignOwnerDialog extends Dialog {

    static final int LISTED = 10;

    ReassignOwnerDialog(List<AssignableMilestone> selected, AssignmentService assignment, Runnable onDone) {
        setHeaderTitle(getTranslation("assign.owner.title", selected.size()));
        setWidth("min(40em, 100vw)");
        UnorderedList names = new UnorderedList();
        names.setId("reassign-selection");
        selected.stream().limit(LISTED).forEach(m -> names.add(new ListItem(
                m.milestone().recommendationCode() + " · " + m.milestone().name() + " (" + m.milestone().ownerCode() + ")")));
        if (selected.size() > LISTED) {
            names.add(new ListItem(getTranslation("assign.owner.more", selected.size() - LISTED)));
        }
        ComboBox<Organisation> owner = new ComboBox<>(getTranslation("assign.owner.new"));
        owner.setId("new-owner");
        owner.setItems(assignment.organisations());
        owner.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        owner.setRequiredIndicatorVisible(true);
        owner.setWidthFull();
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setId("reassign-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AssignmentService.MAX_REASON);
        reason.setHelperText(getTranslation("assign.reason.help"));
        reason.setWidthFull();
        FormChecks checks = new FormChecks(this);
        checks.field("owner", owner, true);
        checks.field("reason", reason, true);
        add(new Paragraph(getTranslation("assign.owner.help")), names, owner, reason, checks.messages());

        Button confirm = new Button(getTranslation("assign.owner.confirm"), e -> {
            int[] moved = new int[1];
            if (checks.run(() -> moved[0] = assignment.reassignOwner(
                    selected.stream().map(AssignableMilestone::id).toList(),
                    owner.getValue() == null ? null : owner.getValue().getId(), reason.getValue()))) {
                Messages.showSuccess(this, "assign.owner.done", moved[0], owner.getValue().getCode());
                close();
                onDone.run();
            }
        });
        confirm.setId("confirm-reassign");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
