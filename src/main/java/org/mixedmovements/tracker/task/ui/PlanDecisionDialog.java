package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.recommendation.MilestoneDraft;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.MyTaskService;

/** A working-group member decides on a submitted plan: approve, or reject with a reason the lead will read. */
class PlanDecisionDialog extends Dialog {

    PlanDecisionDialog(TaskCard card, MyTaskService tasks, List<Organisation> organisations, Runnable onDone) {
        Map<Long, Organisation> byId = organisations.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        setHeaderTitle(getTranslation("decision.title", card.recommendationCode()));
        setWidth("min(50em, 100vw)");
        add(new Paragraph(getTranslation("decision.help", card.recommendationTitle(), card.leadOrganisationCode())));
        Grid<MilestoneDraft> plan = new Grid<>();
        plan.setId("proposed-plan");
        plan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        plan.setAllRowsVisible(true);
        plan.addColumn(MilestoneDraft::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3);
        plan.addColumn(d -> byId.get(d.ownerOrganisationId()).getCode()).setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        plan.addColumn(d -> Formats.date(d.dueDate())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        plan.addColumn(d -> d.evidenceRequired() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("milestone.evidence")).setAutoWidth(true);
        plan.setItems(tasks.proposedPlanFor(card.taskId()));
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setHelperText(getTranslation("decision.reason-help"));
        add(plan, reason);

        Button approve = new Button(getTranslation("decision.approve"), e -> act(() -> tasks.approvePlan(card.taskId()),
                "decision.approved", card, onDone));
        approve.setId("approve-plan");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("decision.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("decision.error.reason-required"));
                return;
            }
            act(() -> tasks.rejectPlan(card.taskId(), reason.getValue()), "decision.rejected", card, onDone);
        });
        reject.setId("reject-plan");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), reject, approve);
    }

    private void act(Runnable action, String successKey, TaskCard card, Runnable onDone) {
        try {
            action.run();
            Messages.showSuccess(this, successKey, card.recommendationCode());
            close();
            onDone.run();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }
}
