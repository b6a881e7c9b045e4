package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.MyTaskService;

/** The work offered to me and my organisation, late work first; each task opens the form that completes it. */
@Route("tasks")
@Menu(order = 2, title = "menu.tasks", icon = "TASKS")
@PermitAll
class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTION_COLUMN = "action";

    private final MyTaskService tasks;
    private final OrganisationService organisations;
    private final Grid<TaskCard> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    MyTasksView(MyTaskService tasks, OrganisationService organisations) {
        this.tasks = tasks;
        this.organisations = organisations;
        setSizeFull();
        grid.setId("task-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("tasks.task")).setFlexGrow(1);
        grid.addComponentColumn(this::actionButton).setKey(ACTION_COLUMN).setAutoWidth(true).setFlexGrow(0);
        empty.setText(getTranslation("tasks.none"));
        empty.setId("no-tasks");
        add(new H2(getTranslation("menu.tasks")), empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        List<TaskCard> mine = tasks.myTasks();
        grid.setItems(mine);
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
    }

    private Div describe(TaskCard card) {
        Div box = new Div();
        Span kind = new Span(getTranslation("task.kind." + card.kind().name())
                + (card.decisionType() == null ? "" : " · " + getTranslation("decision.type." + card.decisionType().name())));
        kind.getStyle().set("font-weight", "600").set("display", "block");
        Anchor recommendation = new Anchor("recommendations/" + card.recommendationId(),
                card.recommendationCode() + " · " + card.recommendationTitle());
        box.add(kind, recommendation);
        if (card.milestoneName() != null) {
            Span milestone = new Span(getTranslation("tasks.milestone", card.milestoneName(),
                    Formats.date(card.dueDate()), getTranslation("compliance." + card.compliance().name()),
                    card.progress()));
            milestone.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
            box.add(milestone);
        }
        return box;
    }

    private Button actionButton(TaskCard card) {
        Button open = new Button(getTranslation("tasks.open." + card.kind().name()), e -> openDialog(card));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("open-" + card.recommendationId() + "-" + card.kind().name().toLowerCase(Locale.ROOT)
                + (card.milestoneId() == null ? "" : "-" + card.milestoneId()));
        open.addClassName("open-task");
        return open;
    }

    private void openDialog(TaskCard card) {
        switch (card.kind()) {
            case PROPOSE_RESPONSE -> new ResponseDialog(card, tasks, this::refresh).open();
            case NAME_LEAD -> new NameLeadDialog(card, tasks, organisations.all(), this::refresh).open();
            case DRAFT_PLAN -> new PlanDraftDialog(card, tasks, organisations.all(), this::refresh).open();
            case CAST_VOTE, CONSIDER_OBJECTION, CHAIR_DECIDES ->
                    new VoteDialog(card, tasks, organisations.all(), this::refresh).open();
            case RECORD_CONSENSUS -> new ConsensusDialog(card, tasks, this::refresh).open();
            case WORK_ON_MILESTONE -> new MilestoneReportDialog(card, tasks, this::refresh).open();
            case FINAL_REVIEW -> new FinalReviewDialog(card, tasks, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks") + " | " + getTranslation("app.title");
    }
}
