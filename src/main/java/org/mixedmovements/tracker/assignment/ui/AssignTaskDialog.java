package org.mixedmovements.tracker.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.assignment.Assignee;
import org.mixedmovements.tracker.assignment.OpenWork;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;

/** Gives a milestone's open work to one person of the owner organisation, with a reason for the history. */
class AssignTaskDialog extends Dialog {

    AssignTaskDialog(MilestoneListRow milestone, OpenWork work, AssignmentService assignment, Runnable onDone) {
        setHeaderTitle(getTranslation("assign.task.title", milestone.name()));
        setWidth("min(40em, 100vw)");
        Paragraph current = new Paragraph(work.assignee() == null
                ? getTranslation("assign.task.nobody", milestone.ownerCode())
                : getTranslation("assign.task.current", work.assignee()));
        current.setId("current-assignee");
        ComboBox<Assignee> person = new ComboBox<>(getTranslation("assign.task.person"));
        person.setId("task-assignee");
        person.setItems(work.candidates());
        person.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ", " + a.organisationCode() + ")");
        person.setRequiredIndicatorVisible(true);
        person.setWidthFull();
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setId("assign-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AssignmentService.MAX_REASON);
        reason.setHelperText(getTranslation("assign.reason.help"));
        reason.setWidthFull();
        FormChecks checks = new FormChecks(this);
        checks.field("assignee", person, true);
        checks.field("reason", reason, true);
        add(current, person, reason, checks.messages());

        Button confirm = new Button(getTranslation("assign.task.confirm"), e -> {
            if (checks.run(() -> assignment.assignTask(work.taskId(),
                    person.getValue() == null ? null : person.getValue().username(), reason.getValue()))) {
                Messages.showSuccess(this, "assign.task.done", person.getValue().displayName(), milestone.name());
                close();
                onDone.run();
            }
        });
        confirm.setId("confirm-assign");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
