package org.mixedmovements.tracker.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mixedmovements.tracker.assignment.AssignableMilestone;
import org.mixedmovements.tracker.assignment.MilestoneExports;
import org.mixedmovements.tracker.assignment.OpenWork;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.milestone.ui.MilestoneStatusBadge;
import org.mixedmovements.tracker.base.ui.Downloads;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.mixedmovements.tracker.milestone.MilestoneStage;
import org.springframework.data.domain.PageRequest;

/**
 * Every milestone across plans, paged by due date and filtered by plan, owner, stage and words of its name. The
 * secretariat and the chair select one or several and give them to another owner, or give the open work of one to a
 * person; working-group members see the list only.
 */
@Route("milestones")
@Menu(order = 3.5, title = "menu.milestones", icon = "TASKS")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.WG_MEMBER_NAME})
class MilestonesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AssignmentService assignment;
    private final boolean mayAssign;
    private final Grid<AssignableMilestone> grid = new Grid<>();
    private final ComboBox<Plan> plan = new ComboBox<>();
    private final ComboBox<Organisation> owner = new ComboBox<>();
    private final ComboBox<MilestoneStage> stage = new ComboBox<>();
    private final TextField text = new TextField();
    private final Button reassign = new Button();
    private final Button assignTask = new Button();
    private volatile MilestoneFilter shownFilter = MilestoneFilter.none();

    MilestonesView(AssignmentService assignment, MilestoneExports exports) {
        this.assignment = assignment;
        this.mayAssign = assignment.mayAssign();
        setSizeFull();
        add(new H2(getTranslation("menu.milestones")), filters(), exports(exports));
        if (mayAssign) {
            add(actions());
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("milestones.read-only"));
            readOnly.setId("milestones-read-only");
            readOnly.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(readOnly);
        }
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    private Component filters() {
        plan.setId("milestone-filter-plan");
        plan.setLabel(getTranslation("milestones.filter.plan"));
        plan.setItems(assignment.plans());
        plan.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        plan.setClearButtonVisible(true);
        owner.setId("milestone-filter-owner");
        owner.setLabel(getTranslation("field.owner"));
        owner.setItems(assignment.organisations());
        owner.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        owner.setClearButtonVisible(true);
        stage.setId("milestone-filter-stage");
        stage.setLabel(getTranslation("field.status"));
        stage.setItems(MilestoneStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("milestones.stage." + s.name()));
        stage.setClearButtonVisible(true);
        text.setId("milestone-filter-text");
        text.setLabel(getTranslation("milestones.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(SearchText.MAX_QUERY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        plan.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(plan, owner, stage, text);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    /** Excel and CSV of the list with the filters shown (read when the filters change: a download runs outside the UI). */
    private Component exports(MilestoneExports exports) {
        Locale locale = getLocale();
        Span label = new Span(getTranslation("export.menu"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout bar = new HorizontalLayout(label,
                Downloads.link("milestones-export-excel", getTranslation("export.workbook"), VaadinIcon.FILE_TABLE,
                        () -> exports.workbook(shownFilter, locale)),
                Downloads.link("milestones-export-csv", getTranslation("export.csv"), VaadinIcon.FILE_O,
                        () -> exports.csv(shownFilter, locale)));
        bar.setId("milestones-exports");
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setSpacing(true);
        return bar;
    }

    private Component actions() {
        reassign.setText(getTranslation("milestones.reassign"));
        reassign.setId("reassign-owner");
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.setEnabled(false);
        reassign.addClickListener(e -> openReassignDialog());
        assignTask.setText(getTranslation("milestones.assign-task"));
        assignTask.setId("assign-task");
        assignTask.setEnabled(false);
        assignTask.addClickListener(e -> openAssignTaskDialog());
        return new HorizontalLayout(reassign, assignTask);
    }

    private void configureGrid() {
        grid.setId("milestone-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(mayAssign ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addColumn(m -> m.milestone().planCode()).setHeader(getTranslation("milestones.plan"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> new Anchor("recommendations/" + m.milestone().recommendationId(),
                        m.milestone().recommendationCode()))
                .setHeader(getTranslation("recommendation.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.milestone().name()).setHeader(getTranslation("field.name")).setFlexGrow(3);
        grid.addColumn(m -> m.milestone().ownerCode()).setHeader(getTranslation("field.owner")).setAutoWidth(true);
        grid.addColumn(m -> m.milestone().countryIso2() == null ? "" : m.milestone().countryIso2())
                .setHeader(getTranslation("field.country")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.milestone().currentDue())).setHeader(getTranslation("field.dueDate"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> status(m.milestone())).setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(m -> m.milestone().progress() + " %").setHeader(getTranslation("field.progress"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.workAssignee() == null ? "" : m.workAssignee())
                .setHeader(getTranslation("milestones.assignee")).setAutoWidth(true);
        grid.setItems(query -> assignment.milestones(filter(), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream(), query -> (int) assignment.count(filter()));
        if (!mayAssign) {
            return;
        }
        grid.addSelectionListener(e -> {
            int selected = e.getAllSelectedItems().size();
            reassign.setEnabled(selected > 0);
            reassign.setText(selected > 0 ? getTranslation("milestones.reassign-count", selected)
                    : getTranslation("milestones.reassign"));
            assignTask.setEnabled(selected == 1 && e.getFirstSelectedItem()
                    .map(m -> m.milestone().stage() == MilestoneStage.OPEN).orElse(false));
        });
    }

    private Component status(MilestoneListRow m) {
        if (m.compliance() != null) {
            return MilestoneStatusBadge.of(m.compliance(), m.review());
        }
        return Badges.of(m.stage(), "milestones.stage.", "contrast");
    }


    MilestoneFilter filter() {
        return new MilestoneFilter(plan.getValue() == null ? null : plan.getValue().getId(),
                owner.getValue() == null ? null : owner.getValue().getId(), stage.getValue(), text.getValue());
    }

    /** A link may carry words of a milestone's name (the recommendation page links here to reassign one). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("text")
                .map(words -> words.length() > SearchText.MAX_QUERY ? words.substring(0, SearchText.MAX_QUERY) : words)
                .ifPresent(text::setValue);
    }

    private void refresh() {
        shownFilter = filter();
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void openReassignDialog() {
        List<AssignableMilestone> selected = List.copyOf(grid.getSelectedItems());
        new ReassignOwnerDialog(selected, assignment, this::refresh).open();
    }

    private void openAssignTaskDialog() {
        Optional<AssignableMilestone> selected = grid.getSelectedItems().stream().findFirst();
        if (selected.isEmpty()) {
            return;
        }
        try {
            OpenWork work = assignment.openWorkOn(selected.get().id())
                    .orElseThrow(() -> new StateConflictException("assign.error.no-open-task",
                            selected.get().milestone().name()));
            new AssignTaskDialog(selected.get().milestone(), work, assignment, this::refresh).open();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.milestones") + " | " + getTranslation("app.title");
    }
}
