package org.mixedmovements.tracker.task.ui;

import org.mixedmovements.tracker.base.ui.DateRange;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.milestone.ImplementationPlanService.CountryRule;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The lead drafts its implementation plan: adds milestones (name, owner, country where the recommendation has national
 * work, dates, evidence required), edits or removes them, and submits the plan to the working group. A milestone is
 * checked as it is added, by the very rules of submitting, and each problem shows under its field; what only the whole
 * plan can tell (a country without a milestone) shows in a list above the buttons, never in a toast over the form.
 * The service checks everything again and saves nothing if any row is wrong.
 */
class PlanDraftDialog extends Dialog {

    /** Rows of the draft first, then milestones of other recommendations. */
    private static final Comparator<Predecessor> PREDECESSOR_ORDER = Comparator
            .comparing((Predecessor p) -> p.inDraft() ? 0 : 1)
            .thenComparing(p -> p.inDraft() ? (long) p.row() : p.milestoneId());

    private final String taskId;
    private final MyTaskService tasks;
    private final List<MilestoneDraft> drafts;
    private final Grid<MilestoneDraft> grid = new Grid<>();
    private final Map<Long, Organisation> organisationsById;
    private final TextField name = new TextField();
    private final ComboBox<Organisation> owner = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker due = new DatePicker();
    private final Checkbox evidence = new Checkbox();
    private final MultiSelectComboBox<Predecessor> waitsFor = new MultiSelectComboBox<>();
    /** The milestones of the plan's other recommendations a row may wait for, by id. */
    private final Map<Long, MilestoneDependencies.Candidate> candidates = new LinkedHashMap<>();
    /** Rows due before a milestone they wait for: shown above the buttons, the plan may be submitted all the same. */
    private final UnorderedList warnings = new UnorderedList();
    private final Button addMilestone = new Button();
    private final Button cancelEdit = new Button();
    private final UnorderedList problems = new UnorderedList();
    /** The fields by the names the service gives its problems. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** The row being edited in the form (null: the form adds a new one). */
    private MilestoneDraft editing;

    PlanDraftDialog(TaskCard card, MyTaskService tasks, List<Organisation> organisations, Runnable onDone) {
        this.taskId = card.taskId();
        this.tasks = tasks;
        this.organisationsById = organisations.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        this.drafts = new ArrayList<>(tasks.draftFor(card.taskId()));
        CountryRule countries = tasks.draftCountries(card.taskId());
        setHeaderTitle(getTranslation("draft.title", card.recommendationCode()));
        setWidth("min(60em, 100vw)");
        setMaxWidth("100%");
        String returned = tasks.returnReasonFor(card.taskId());
        if (returned != null) {
            Paragraph reason = new Paragraph(getTranslation("plan.returned-because", returned));
            reason.setId("returned-reason");
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            add(reason);
        }
        add(new Paragraph(card.recommendationTitle()));

        name.setLabel(getTranslation("milestone.name"));
        name.setId("milestone-name");
        name.setMaxLength(300);
        name.setRequiredIndicatorVisible(true);
        owner.setLabel(getTranslation("milestone.owner"));
        owner.setId("milestone-owner");
        owner.setItems(organisations);
        owner.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        owner.setRequiredIndicatorVisible(true);
        country.setLabel(getTranslation("milestone.country"));
        country.setId("milestone-country");
        country.setItems(countries.countries());
        country.setVisible(countries.allowed());
        country.setRequiredIndicatorVisible(countries.required());
        country.setHelperText(countries.required() ? getTranslation("draft.country-help.required")
                : getTranslation("draft.country-help.optional"));
        start.setLabel(getTranslation("milestone.planned-start"));
        start.setId("milestone-start");
        due.setLabel(getTranslation("milestone.due"));
        due.setId("milestone-due");
        due.setRequiredIndicatorVisible(true);
        // the pickers keep the two dates in order as they are chosen
        DateRange.limit(start);
        DateRange.limit(due);
        start.addValueChangeListener(e -> DateRange.from(due, e.getValue()));
        due.addValueChangeListener(e -> DateRange.until(start, e.getValue()));
        evidence.setLabel(getTranslation("milestone.evidence-required"));
        evidence.setId("milestone-evidence");
        tasks.predecessorCandidates(card.taskId()).forEach(c -> candidates.put(c.milestoneId(), c));
        waitsFor.setLabel(getTranslation("milestone.waits-for"));
        waitsFor.setId("milestone-waits-for");
        waitsFor.setHelperText(getTranslation("draft.waits-for-help"));
        waitsFor.setItemLabelGenerator(this::predecessorLabel);
        refreshChoices();
        fields.put("name", name);
        fields.put("owner", owner);
        fields.put("country", country);
        fields.put("plannedStart", start);
        fields.put("dueDate", due);
        fields.put("predecessors", waitsFor);
        // a corrected field loses its message at once
        name.addValueChangeListener(e -> name.setInvalid(false));
        owner.addValueChangeListener(e -> owner.setInvalid(false));
        country.addValueChangeListener(e -> country.setInvalid(false));
        start.addValueChangeListener(e -> start.setInvalid(false));
        due.addValueChangeListener(e -> due.setInvalid(false));

        addMilestone.setText(getTranslation("draft.add"));
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        addMilestone.setId("add-milestone");
        addMilestone.addClickListener(e -> addOrUpdate());
        addMilestone.addClickShortcut(Key.ENTER).listenOn(name);
        cancelEdit.setText(getTranslation("draft.cancel-edit"));
        cancelEdit.setId("cancel-edit");
        cancelEdit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelEdit.setVisible(false);
        cancelEdit.addClickListener(e -> clearForm());
        Div buttons = new Div(addMilestone, cancelEdit);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "end");
        FormLayout form = new FormLayout(name, owner, country, start, due, evidence, waitsFor, buttons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(waitsFor, 2);
        add(new H4(getTranslation("draft.new-milestone")), form);

        grid.setId("draft-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneDraft::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3);
        grid.addColumn(d -> d.ownerOrganisationId() == null ? "" : organisationsById.get(d.ownerOrganisationId()).getCode())
                .setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        if (countries.allowed()) {
            grid.addColumn(d -> d.countryIso2() == null ? "" : d.countryIso2())
                    .setHeader(getTranslation("milestone.country")).setAutoWidth(true);
        }
        grid.addColumn(d -> d.plannedStart() == null ? "" : Formats.date(d.plannedStart()))
                .setHeader(getTranslation("milestone.planned-start")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.dueDate())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        grid.addColumn(d -> d.evidenceRequired() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("milestone.evidence")).setAutoWidth(true);
        grid.addColumn(d -> d.predecessors().stream().map(this::predecessorLabel).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("milestone.waits-for")).setFlexGrow(2).setKey("waits-for");
        grid.addComponentColumn(d -> {
            int row = drafts.indexOf(d) + 1;
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("draft.edit"));
            edit.setTooltipText(getTranslation("draft.edit"));
            edit.setId("edit-milestone-" + row);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (d == editing) {
                    clearForm();
                }
                removeRow(drafts.indexOf(d) + 1);
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("draft.remove"));
            remove.setTooltipText(getTranslation("draft.remove"));
            remove.setId("remove-milestone-" + row);
            return new Div(edit, remove);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(drafts);
        add(new H4(getTranslation("draft.milestones")), grid);

        warnings.setId("draft-warnings");
        warnings.addClassName("draft-warnings");
        warnings.getElement().setAttribute("aria-live", "polite");
        warnings.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))")
                .set("margin", "var(--lumo-space-s) 0");
        add(warnings);
        showWarnings();

        problems.setId("draft-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "var(--lumo-space-s) 0");
        problems.setVisible(false);
        add(problems);

        Button submit = new Button(getTranslation("draft.submit"), e -> {
            problems.removeAll();
            problems.setVisible(false);
            try {
                tasks.submitImplementationPlan(card.taskId(), List.copyOf(drafts));
                Messages.showSuccess(this, "draft.submitted", card.recommendationCode());
                close();
                onDone.run();
            } catch (InvalidInputException invalid) {
                // what is wrong, row by row, stays on the dialog where the person corrects it
                for (String line : Messages.describe(this, invalid).split("\n")) {
                    problems.add(new ListItem(line));
                }
                problems.setVisible(true);
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        submit.setId("submit-plan");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }

    /** Checks the form's milestone by the plan's rules; adds it (or puts it back in its row) when nothing is wrong. */
    private void addOrUpdate() {
        MilestoneDraft draft = new MilestoneDraft(name.getValue(), owner.getValue() == null ? null : owner.getValue().getId(),
                country.isVisible() ? country.getValue() : null, start.getValue(), due.getValue(), evidence.getValue(),
                waitsFor.getSelectedItems().stream().sorted(PREDECESSOR_ORDER).toList());
        List<InvalidInputException.Problem> found = tasks.checkMilestoneDraft(taskId, draft);
        fields.values().forEach(field -> field.setInvalid(false));
        if (!found.isEmpty()) {
            for (InvalidInputException.Problem problem : found) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                    field.setInvalid(true);
                }
            }
            return;
        }
        if (editing != null) {
            drafts.set(drafts.indexOf(editing), draft);
        } else {
            drafts.add(draft);
        }
        problems.setVisible(false);
        clearForm();
        changed();
    }

    /** The rows changed: the grid, what a row may wait for and the warnings follow. */
    private void changed() {
        grid.setItems(drafts);
        refreshChoices();
        showWarnings();
    }

    /** Removes a row; the rows after it move up, and so do the references to them (those to it are dropped). */
    private void removeRow(int row) {
        drafts.remove(row - 1);
        drafts.replaceAll(d -> d.waitingFor(d.predecessors().stream()
                .filter(p -> !p.inDraft() || p.row() != row)
                .map(p -> p.inDraft() && p.row() > row ? Predecessor.row(p.row() - 1) : p).toList()));
    }

    /** Any other row of the draft, then the milestones of the plan's other recommendations. */
    private void refreshChoices() {
        List<Predecessor> choices = new ArrayList<>();
        int own = editing == null ? -1 : drafts.indexOf(editing) + 1;
        for (int row = 1; row <= drafts.size(); row++) {
            if (row != own) {
                choices.add(Predecessor.row(row));
            }
        }
        candidates.keySet().forEach(id -> choices.add(Predecessor.milestone(id)));
        Set<Predecessor> selected = waitsFor.getSelectedItems();
        waitsFor.setItems(choices);
        waitsFor.setValue(selected.stream().filter(choices::contains).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private String predecessorLabel(Predecessor p) {
        if (p.inDraft()) {
            return p.row() <= drafts.size()
                    ? getTranslation("draft.predecessor.row", p.row(), drafts.get(p.row() - 1).name()) : "";
        }
        MilestoneDependencies.Candidate c = candidates.get(p.milestoneId());
        return c == null ? "" : getTranslation("draft.predecessor.milestone", c.recommendationCode(), c.name(),
                Formats.date(c.dueDate()));
    }

    private void showWarnings() {
        warnings.removeAll();
        for (MilestoneDependencies.DraftWarning w : tasks.draftWarnings(taskId, List.copyOf(drafts))) {
            warnings.add(new ListItem(getTranslation("draft.warning.due-before", w.row(), w.name(),
                    Formats.date(w.dueDate()), w.predecessorName(), Formats.date(w.predecessorDue()))));
        }
        warnings.setVisible(warnings.getChildren().findAny().isPresent());
    }

    /** Loads a row into the form; "Update milestone" puts it back where it was. */
    private void edit(MilestoneDraft draft) {
        editing = draft;
        name.setValue(draft.name() == null ? "" : draft.name());
        owner.setValue(draft.ownerOrganisationId() == null ? null : organisationsById.get(draft.ownerOrganisationId()));
        country.setValue(draft.countryIso2());
        DateRange.until(start, null);
        DateRange.from(due, null);
        start.setValue(draft.plannedStart());
        due.setValue(draft.dueDate());
        evidence.setValue(draft.evidenceRequired());
        refreshChoices();
        waitsFor.setValue(new LinkedHashSet<>(draft.predecessors()));
        addMilestone.setText(getTranslation("draft.update"));
        addMilestone.setIcon(VaadinIcon.CHECK.create());
        cancelEdit.setVisible(true);
        name.focus();
    }

    private void clearForm() {
        editing = null;
        name.clear();
        country.clear();
        start.clear();
        due.clear();
        DateRange.until(start, null);
        DateRange.from(due, null);
        evidence.clear();
        waitsFor.clear();
        refreshChoices();
        fields.values().forEach(field -> field.setInvalid(false));
        addMilestone.setText(getTranslation("draft.add"));
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        cancelEdit.setVisible(false);
        name.focus();
    }
}
