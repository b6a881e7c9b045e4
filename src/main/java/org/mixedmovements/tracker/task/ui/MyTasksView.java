package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.OrganisationWorkService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.TaskEntry;
import org.mixedmovements.tracker.task.TaskListService;
import org.mixedmovements.tracker.task.TaskScope;

/**
 * The work offered to me ("Mine") and all open work of my organisation, with who holds each task; late work first.
 * Tasks are cards in a lazily loaded list, so the page reads on a phone; each card opens the form that completes the
 * task, or claims or releases it. The tab is in the address ({@code tasks?scope=organisation}).
 */
@Route("tasks")
@Menu(order = 2, title = "menu.tasks", icon = "TASKS")
@PermitAll
@StyleSheet("context://styles/meetings.css")
class MyTasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String SCOPE = "scope";
    static final String ORGANISATION = "organisation";

    private final MyTaskService tasks;
    private final TaskListService lists;
    private final OrganisationService organisations;
    private final EvidenceService evidence;
    private final Tab mine = new Tab();
    private final Tab organisation = new Tab();
    private final Tabs scopes = new Tabs(mine, organisation);
    private final Paragraph hint = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final VirtualList<TaskEntry> list = new VirtualList<>();
    private TaskScope scope = TaskScope.MINE;

    private final OwedWorkPanel owed;

    MyTasksView(MyTaskService tasks, TaskListService lists, OrganisationService organisations,
                EvidenceService evidence, List<OrganisationWorkService> owedWork) {
        this.owed = new OwedWorkPanel(owedWork);
        this.tasks = tasks;
        this.lists = lists;
        this.organisations = organisations;
        this.evidence = evidence;
        setSizeFull();
        // less room lost to padding on a narrow screen
        getStyle().set("padding", "clamp(var(--lumo-space-xs), 3vw, var(--lumo-space-l))");
        setSpacing(false);

        mine.setLabel(getTranslation("mytasks.tab.mine"));
        mine.setId("tab-mine");
        organisation.setLabel(getTranslation("mytasks.tab.organisation"));
        organisation.setId("tab-organisation");
        scopes.setId("task-scope");
        scopes.setWidthFull();
        scopes.addSelectedChangeListener(e -> {
            TaskScope chosen = e.getSelectedTab() == organisation ? TaskScope.ORGANISATION : TaskScope.MINE;
            if (chosen != scope) {
                show(chosen, true);
            }
        });
        hint.setId("task-scope-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "var(--lumo-space-s) 0");
        empty.setId("no-tasks");

        list.setId("task-list");
        list.setWidthFull();
        list.setRenderer(new ComponentRenderer<>(entry -> new TaskCardItem(entry, this::openDialog, this::claim,
                this::release)));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> lists.page(scope, query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> lists.count(scope)));

        add(new H2(getTranslation("menu.tasks")), owed, scopes, hint, empty, list);
        setFlexGrow(1, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(SCOPE, List.of());
        show(asked.contains(ORGANISATION) ? TaskScope.ORGANISATION : TaskScope.MINE, false);
    }

    private void show(TaskScope shown, boolean updateAddress) {
        scope = shown;
        scopes.setSelectedTab(shown == TaskScope.ORGANISATION ? organisation : mine);
        String code = CurrentUser.find().map(TrackerUser::organisationCode).orElse("");
        hint.setText(getTranslation(shown == TaskScope.ORGANISATION ? "mytasks.hint.organisation" : "mytasks.hint.mine",
                code));
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, shown == TaskScope.ORGANISATION
                    ? "tasks?" + QueryParameters.simple(Map.of(SCOPE, ORGANISATION)).getQueryString() : "tasks"));
        }
        refresh();
    }

    private void refresh() {
        boolean none = lists.count(scope) == 0;
        String code = CurrentUser.find().map(TrackerUser::organisationCode).orElse("");
        empty.setText(scope == TaskScope.ORGANISATION ? getTranslation("mytasks.none.organisation", code)
                : getTranslation("tasks.none"));
        empty.setVisible(none);
        list.setVisible(!none);
        list.getDataProvider().refreshAll();
    }

    private void claim(TaskEntry entry) {
        try {
            tasks.claim(entry.card().taskId());
            Messages.showSuccess(this, "mytasks.claimed", entry.card().recommendationCode());
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
        refresh();
    }

    private void release(TaskEntry entry) {
        try {
            tasks.release(entry.card().taskId());
            Messages.showSuccess(this, "mytasks.released", entry.card().recommendationCode());
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
        refresh();
    }

    private void openDialog(TaskEntry entry) {
        TaskCard card = entry.card();
        switch (card.kind()) {
            case PROPOSE_RESPONSE -> new ResponseDialog(card, tasks, this::refresh).open();
            case NAME_LEAD -> new NameLeadDialog(card, tasks, organisations.all(), this::refresh).open();
            case DRAFT_PLAN -> new PlanDraftDialog(card, tasks, organisations.all(), this::refresh).open();
            case CAST_VOTE, CONSIDER_OBJECTION, CHAIR_DECIDES ->
                    new VoteDialog(card, tasks, organisations.all(), evidence, this::refresh).open();
            case RECORD_CONSENSUS -> new ConsensusDialog(card, tasks, this::refresh).open();
            case RESOLVE_QUORUM -> new QuorumDialog(card, tasks, this::refresh).open();
            case WORK_ON_MILESTONE -> new MilestoneReportDialog(card, tasks, evidence, this::refresh).open();
            case FINAL_REVIEW -> new FinalReviewDialog(card, tasks, this::refresh).open();
            case SUBMIT_PROGRESS_REPORT -> new ProgressReportDialog(card, tasks, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks") + " | " + getTranslation("app.title");
    }
}
