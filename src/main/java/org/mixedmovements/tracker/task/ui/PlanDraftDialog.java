package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.MyTaskService;

/**
 * The lead drafts its implementation plan: adds milestones (name, owner, dates, evidence required), removes them, and
 * submits the plan to the working group. The service checks everything again and saves nothing if any row is wrong.
 */
class PlanDraftDialog extends Dialog {

    private final List<MilestoneDraft> drafts;
    private final Grid<MilestoneDraft> grid = new Grid<>();
    private final Map<Long, Organisation> organisationsById;

    PlanDraftDialog(TaskCard card, MyTaskService tasks, List<Organisation> organisations, Runnable onDone) {
        this.organisationsById = organisations.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        this.drafts = new ArrayList<>(tasks.draftFor(card.taskId()));
        setHeaderTitle(getTranslation("draft.title", card.recommendationCode()));
        setWidth("min(60em, 100vw)");
        String returned = tasks.returnReasonFor(card.taskId());
        if (returned != null) {
            Paragraph reason = new Paragraph(getTranslation("plan.returned-because", returned));
            reason.setId("returned-reason");
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            add(reason);
        }
        add(new Paragraph(card.recommendationTitle()));

        TextField name = new TextField(getTranslation("milestone.name"));
        name.setId("milestone-name");
        name.setMaxLength(300);
        ComboBox<Organisation> owner = new ComboBox<>(getTranslation("milestone.owner"));
        owner.setId("milestone-owner");
        owner.setItems(organisations);
        owner.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        DatePicker start = new DatePicker(getTranslation("milestone.planned-start"));
        start.setId("milestone-start");
        DatePicker due = new DatePicker(getTranslation("milestone.due"));
        due.setId("milestone-due");
        Checkbox evidence = new Checkbox(getTranslation("milestone.evidence-required"));
        evidence.setId("milestone-evidence");
        Button addMilestone = new Button(getTranslation("draft.add"), VaadinIcon.PLUS.create(), e -> {
            drafts.add(new MilestoneDraft(name.getValue(), owner.getValue() == null ? null : owner.getValue().getId(),
                    null, start.getValue(), due.getValue(), evidence.getValue()));
            grid.setItems(drafts);
            name.clear();
            start.clear();
            due.clear();
            evidence.clear();
            name.focus();
        });
        addMilestone.setId("add-milestone");
        FormLayout form = new FormLayout(name, owner, start, due, evidence, addMilestone);
        form.setColspan(name, 2);
        add(new H4(getTranslation("draft.new-milestone")), form);

        grid.setId("draft-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneDraft::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3);
        grid.addColumn(d -> d.ownerOrganisationId() == null ? "" : organisationsById.get(d.ownerOrganisationId()).getCode())
                .setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.dueDate())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        grid.addColumn(d -> d.evidenceRequired() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("milestone.evidence")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                drafts.remove(d);
                grid.setItems(drafts);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("draft.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(drafts);
        add(new H4(getTranslation("draft.milestones")), grid);

        Button submit = new Button(getTranslation("draft.submit"), e -> {
            try {
                tasks.submitImplementationPlan(card.taskId(), List.copyOf(drafts));
                Messages.showSuccess(this, "draft.submitted", card.recommendationCode());
                close();
                onDone.run();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        submit.setId("submit-plan");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }
}
