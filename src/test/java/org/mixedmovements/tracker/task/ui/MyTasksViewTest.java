package org.mixedmovements.tracker.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v23.TabsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import org.mixedmovements.tracker.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidencePolicy;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.task.TaskEntry;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.workflow.ProgressReportProcess;
import org.mixedmovements.tracker.workflow.RecommendationImplementationProcess;
import org.mixedmovements.tracker.workflow.WorkItemKind;

class MyTasksViewTest extends UiTest {

    Long recommendation;

    static final byte[] PDF = "%PDF-1.7\n% signed minutes".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void adoptWithR4vAsLead() {
        recommendation = fixtures.newRecommendation("Drafted in the UI");
        fixtures.adopt(recommendation, "R4V");
    }

    /** Milestones whose read-model rows a test evaluated in the future: evaluated again once the clock is back. */
    final List<Long> evaluatedAhead = new ArrayList<>();

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        evaluatedAhead.forEach(context.getBean(ComplianceReadModel.class)::refresh);
    }

    /** R4V, the lead, submits the milestones and every member approves them: their work tasks open. */
    void approve(Long adopted, MilestoneDraft... milestones) {
        fixtures.planInForce(adopted, "agency.r4v", milestones);
    }

    List<MilestoneRow> milestonesOf(Long adopted) {
        return context.getBean(RecommendationService.class).details(adopted).milestones();
    }

    static void moveTheClock(Duration by) {
        TestClock.advance(by);
    }

    static String textOf(Component card, String className) {
        return _get(card, Span.class, spec -> spec.withClasses(className)).getText();
    }

    @SuppressWarnings("unchecked")
    static VirtualList<TaskEntry> taskList() {
        return _get(VirtualList.class, spec -> spec.withId("task-list"));
    }

    /** The tasks the list shows; none when it is hidden behind the "nothing to do" message. */
    @SuppressWarnings("unchecked")
    static List<TaskEntry> shown() {
        List<VirtualList<TaskEntry>> lists = (List<VirtualList<TaskEntry>>) (List<?>) _find(VirtualList.class,
                spec -> spec.withId("task-list"));
        return lists.isEmpty() ? List.of() : VirtualListsKt._findAll(lists.get(0));
    }

    /** The card of my task of that kind on the recommendation, as the list renders it. */
    static Component card(Long recommendation, WorkItemKind kind) {
        VirtualList<TaskEntry> list = taskList();
        List<TaskEntry> entries = VirtualListsKt._findAll(list);
        int row = IntStream.range(0, entries.size())
                .filter(i -> entries.get(i).card().recommendationId().equals(recommendation)
                        && entries.get(i).card().kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " card"));
        return VirtualListsKt._getRowComponent(list, row);
    }

    /** Opens my task of that kind on this test's recommendation, by clicking its button in the list. */
    void open(WorkItemKind kind) {
        UI.getCurrent().navigate(MyTasksView.class);
        _click(_get(card(recommendation, kind), Button.class, spec -> spec.withClasses("open-task")));
    }

    @SuppressWarnings("unchecked")
    void draftAndSubmitOneMilestone() {
        signIn("agency.r4v");
        open(WorkItemKind.DRAFT_PLAN);
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-name")), "Regional workshop held");
        ComboBox<Organisation> owner = _get(ComboBox.class, spec -> spec.withId("milestone-owner"));
        _setValue(owner, context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("milestone-due")), fixtures.todayInPanama().plusDays(45));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        _click(_get(Button.class, spec -> spec.withId("submit-plan")));
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @Test
    void submittingAPlanWithoutMilestonesShowsWhyAndKeepsTheTask() {
        signIn("agency.r4v");
        open(WorkItemKind.DRAFT_PLAN);
        _click(_get(Button.class, spec -> spec.withId("submit-plan")));
        // the reason stays on the dialog, above its buttons, not in a toast over the form
        assertThat(_get(UnorderedList.class, spec -> spec.withId("draft-problems")).getElement().getTextRecursively())
                .isEqualTo("Milestones: A plan needs at least one milestone.");
        assertThat(notifications()).isEmpty();
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLANNING);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNationalRecommendationsPlanAsksEachMilestoneForOneOfItsCountries() {
        Long national = fixtures.newRecommendation("National roll-out plan", "NATIONAL", "CO;PE");
        fixtures.adopt(national, "R4V");
        signIn("agency.r4v");
        UI.getCurrent().navigate(MyTasksView.class);
        _click(_get(card(national, WorkItemKind.DRAFT_PLAN), Button.class, spec -> spec.withClasses("open-task")));

        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("milestone-country"));
        assertThat(country.isRequiredIndicatorVisible()).isTrue();
        assertThat(country.getListDataView().getItems()).containsExactly("CO", "PE");
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-name")), "Focal point named");
        _setValue(_get(ComboBox.class, spec -> spec.withId("milestone-owner")),
                context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("milestone-due")), fixtures.todayInPanama().plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).contains("CO, PE");

        _setValue(country, "CO");
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        _click(_get(Button.class, spec -> spec.withId("submit-plan")));
        // Peru has no milestone yet: the whole plan says so, on the dialog
        assertThat(_get(UnorderedList.class, spec -> spec.withId("draft-problems")).getElement().getTextRecursively())
                .contains("PE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyOrBackwardMilestoneIsNotAddedAndEachProblemSitsUnderItsField() {
        signIn("agency.r4v");
        open(WorkItemKind.DRAFT_PLAN);
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));

        TextField name = _get(TextField.class, spec -> spec.withId("milestone-name"));
        ComboBox<Organisation> owner = _get(ComboBox.class, spec -> spec.withId("milestone-owner"));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("milestone-due"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        assertThat(owner.isInvalid()).isTrue();
        assertThat(due.isInvalid()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(Grid.class, spec -> spec.withId("draft-grid")))).isZero();
        assertThat(notifications()).isEmpty();

        _setValue(name, "Workshop held");
        assertThat(name.isInvalid()).isFalse();
        _setValue(owner, context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow());
        DatePicker start = _get(DatePicker.class, spec -> spec.withId("milestone-start"));
        _setValue(start, fixtures.todayInPanama().plusDays(60));
        // the picker no longer offers a due date before the start
        assertThat(due.getMin()).isEqualTo(fixtures.todayInPanama().plusDays(60));
        _setValue(due, fixtures.todayInPanama().plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).contains("after");

        _setValue(due, fixtures.todayInPanama().plusDays(90));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(Grid.class, spec -> spec.withId("draft-grid")))).isEqualTo(1);

        // a row can be changed in the form and put back in its place
        Grid<MilestoneDraft> grid = _get(Grid.class, spec -> spec.withId("draft-grid"));
        _click(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("edit-milestone-1")));
        assertThat(name.getValue()).isEqualTo("Workshop held");
        _setValue(name, "Regional workshop held");
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).name()).isEqualTo("Regional workshop held");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).plannedStart()).isEqualTo(fixtures.todayInPanama().plusDays(60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowDueBeforeTheRowItWaitsForIsWarnedAboutAndTheWarningGoesWhenTheDatesAreRight() {
        signIn("agency.r4v");
        open(WorkItemKind.DRAFT_PLAN);
        TextField name = _get(TextField.class, spec -> spec.withId("milestone-name"));
        ComboBox<Organisation> owner = _get(ComboBox.class, spec -> spec.withId("milestone-owner"));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("milestone-due"));
        MultiSelectComboBox<Predecessor> waitsFor = _get(MultiSelectComboBox.class,
                spec -> spec.withId("milestone-waits-for"));
        Organisation r4v = context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow();
        _setValue(name, "Consultation held");
        _setValue(owner, r4v);
        _setValue(due, fixtures.todayInPanama().plusDays(60));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        _setValue(name, "Report published");
        _setValue(owner, r4v);
        _setValue(due, fixtures.todayInPanama().plusDays(30));
        _setValue(waitsFor, Set.of(Predecessor.row(1)));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));

        UnorderedList warnings = _get(UnorderedList.class, spec -> spec.withId("draft-warnings"));
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getElement().getTextRecursively()).contains("Row 2", "Report published",
                "Consultation held");
        Grid<MilestoneDraft> grid = _get(Grid.class, spec -> spec.withId("draft-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 1))
                .contains("Row 1: Consultation held");

        _click(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 1, "actions"), Button.class,
                spec -> spec.withId("edit-milestone-2")));
        assertThat(waitsFor.getValue()).containsExactly(Predecessor.row(1));
        _setValue(due, fixtures.todayInPanama().plusDays(90));
        _click(_get(Button.class, spec -> spec.withId("add-milestone")));
        assertThat(warnings.isVisible()).isFalse();

        // removing the first row drops the dependency on it rather than pointing at another row
        _click(_get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("remove-milestone-1")));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).predecessors()).isEmpty();
    }

    @Test
    void askingForMoreTimeListsTheMilestonesTheNewDateWouldPush() {
        approve(recommendation, fixtures.milestone("Consultation held", "R4V", 20, false),
                fixtures.milestone("Report published", "R4V", 40, false).waitingFor(List.of(Predecessor.row(1))));
        signIn("agency.r4v");
        UI.getCurrent().navigate(MyTasksView.class);
        List<TaskEntry> entries = VirtualListsKt._findAll(taskList());
        int row = IntStream.range(0, entries.size()).filter(i -> entries.get(i).card().recommendationId()
                .equals(recommendation) && "Consultation held".equals(entries.get(i).card().milestoneName()))
                .findFirst().orElseThrow();
        _click(_get(VirtualListsKt._getRowComponent(taskList(), row), Button.class, spec -> spec.withClasses("open-task")));

        _assertNone(Div.class, spec -> spec.withId("deadline-pushes"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-due-date")), fixtures.todayInPanama().plusDays(50));
        Div pushed = _get(Div.class, spec -> spec.withId("deadline-pushes"));
        assertThat(pushed.getElement().getTextRecursively()).contains("Report published");
    }

    @Test
    void theLeadDraftsAPlanAndTheMembersApproveItFromTheirTasks() {
        draftAndSubmitOneMilestone();
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLAN_SUBMITTED);

        for (String member : List.of("chair", "wg.unhcr", "wg.ocha", "wg.ifrc")) {
            signIn(member);
            open(WorkItemKind.CAST_VOTE);
            _click(_get(Button.class, spec -> spec.withId("approve-decision")));
        }
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.IN_IMPLEMENTATION);
    }

    @Test
    void rejectingWithoutAReasonSaysWhyAndChangesNothing() {
        draftAndSubmitOneMilestone();
        signIn("wg.ifrc");
        open(WorkItemKind.CAST_VOTE);
        _click(_get(Button.class, spec -> spec.withId("reject-decision")));
        assertThat(errorUnder("decision-reason")).contains("Say why you reject");
        assertThat(notifications()).as("no toast over the form").noneMatch(text -> text.contains("Say why"));
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    void anAgencyDoesNotSeeTheDecisionTasksOfTheWorkingGroup() {
        draftAndSubmitOneMilestone();
        signIn("agency.ibchm");
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(shown()).noneMatch(e -> e.card().kind() == WorkItemKind.CAST_VOTE);
        if (shown().isEmpty()) {
            assertThat(_get(Paragraph.class, spec -> spec.withId("no-tasks")).getText())
                    .isEqualTo("Nothing to do right now.");
        }
        assertThat(_find(Grid.class)).as("tasks are cards, not a wide grid").isEmpty();
    }

    @Test
    void lateMilestoneWorkComesFirstWithItsDaysLateThenTheRestByDueDate() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, false));
        moveTheClock(Duration.ofHours(1));
        Long sooner = fixtures.newRecommendation("Due sooner");
        fixtures.adopt(sooner, "R4V");
        approve(sooner, fixtures.milestone("Workshop held", "R4V", 5, false));
        moveTheClock(Duration.ofDays(10));
        ComplianceReadModel readModel = context.getBean(ComplianceReadModel.class);
        List.of(recommendation, sooner).forEach(r -> milestonesOf(r).forEach(m -> {
            readModel.refresh(m.id());
            evaluatedAhead.add(m.id());
        }));

        signIn("agency.r4v");
        UI.getCurrent().navigate(MyTasksView.class);
        List<TaskEntry> work = VirtualListsKt._findAll(taskList()).stream()
                .filter(e -> e.card().kind() == WorkItemKind.WORK_ON_MILESTONE
                        && List.of(recommendation, sooner).contains(e.card().recommendationId()))
                .toList();
        // the later task was created first: it is late work that goes to the top
        assertThat(work).extracting(e -> e.card().milestoneName()).containsExactly("Workshop held", "Partners mapped");
        assertThat(work.get(0).card().compliance()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(work.get(0).daysLate()).isEqualTo(5);
        assertThat(work.get(1).daysLate()).isZero();
        Component late = card(sooner, WorkItemKind.WORK_ON_MILESTONE);
        _get(late, Span.class, spec -> spec.withText("5 days late"));
        _get(late, Span.class, spec -> spec.withText("Overdue"));
        _assertNone(card(recommendation, WorkItemKind.WORK_ON_MILESTONE), Span.class,
                spec -> spec.withText("days late"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResponseFormSaysWhatIsMissingUnderEachFieldAsItIsFilledInAndSendsNothingUntilItIsRight() {
        Long onTheAgenda = fixtures.newRecommendation("Response checked as typed");
        signIn("secretariat");
        context.getBean(org.mixedmovements.tracker.recommendation.RecommendationService.class).putOnAgenda(onTheAgenda);
        UI.getCurrent().navigate(MyTasksView.class);
        _click(_get(card(onTheAgenda, WorkItemKind.PROPOSE_RESPONSE), Button.class, spec -> spec.withClasses("open-task")));

        Select<org.mixedmovements.tracker.recommendation.GroupResponse> response =
                _get(Select.class, spec -> spec.withId("response"));
        assertThat(response.isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("target-period")).getHelperText())
                .as("examples never in the past (the suite's clock is in 2026)").startsWith("For example 2027 (a year), 2027-H2");
        _setValue(response, org.mixedmovements.tracker.recommendation.GroupResponse.NOT_ACCEPTED);
        // only what the person touched is checked while they type: the reasons are not asked for yet
        assertThat(errorUnder("response-reason")).isNull();
        _setValue(_get(TextField.class, spec -> spec.withId("target-period")), "soon");
        assertThat(errorUnder("target-period")).isNull();
        _setValue(response, org.mixedmovements.tracker.recommendation.GroupResponse.PARTIALLY_ACCEPTED);
        assertThat(errorUnder("target-period")).contains("soon");

        _click(_get(Button.class, spec -> spec.withId("propose-response")));
        assertThat(errorUnder("response-reason")).isNotNull();
        assertThat(notifications()).as("no toast over the form").isEmpty();
        assertThat(fixtures.findTask("secretariat", onTheAgenda, WorkItemKind.PROPOSE_RESPONSE)).isPresent();
    }

    @Test
    void aVoteCardOffersNoClaimAndSaysAnyRepresentativeOfTheOrganisationMayAnswer() {
        Long onTheAgenda = fixtures.newRecommendation("Vote without a claim");
        signIn("secretariat");
        context.getBean(org.mixedmovements.tracker.recommendation.RecommendationService.class).putOnAgenda(onTheAgenda);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", onTheAgenda, WorkItemKind.PROPOSE_RESPONSE),
                org.mixedmovements.tracker.recommendation.GroupResponse.ACCEPTED, null, "2026-H2");

        signIn("wg.ocha");
        UI.getCurrent().navigate(MyTasksView.class);
        Component vote = card(onTheAgenda, WorkItemKind.CAST_VOTE);
        assertThat(_get(vote, Span.class, spec -> spec.withClasses("task-title")).getText())
                .as("what is decided, in a sentence").isEqualTo("Vote on the group’s response");
        assertThat(textOf(vote, "task-holder"))
                .isEqualTo("For your organisation: any of its representatives may answer");
        _assertNone(vote, Button.class, spec -> spec.withClasses("claim-task"));
        _get(vote, Button.class, spec -> spec.withClasses("open-task"));
    }

    @Test
    void aClaimFromTheCardMakesTheTaskMineAndMyColleagueSeesWhoHoldsIt() {
        approve(recommendation, fixtures.milestone("Information hub set up", "OCHA", 30, false));
        String secretariatName = signIn("secretariat").displayName();
        UI.getCurrent().navigate(MyTasksView.class);
        Component free = card(recommendation, WorkItemKind.WORK_ON_MILESTONE);
        assertThat(textOf(free, "task-holder")).isEqualTo("Not claimed yet");
        Button claim = _get(free, Button.class, spec -> spec.withClasses("claim-task"));
        assertThat(claim.getTooltip().getText()).startsWith("Take this task: your colleagues see");
        _click(claim);
        assertThat(notifications()).anyMatch(t -> t.startsWith("Task of T1 claimed"));
        Component mine = card(recommendation, WorkItemKind.WORK_ON_MILESTONE);
        assertThat(textOf(mine, "task-holder")).isEqualTo("You hold this task");
        _assertNone(mine, Button.class, spec -> spec.withClasses("claim-task"));
        _get(mine, Button.class, spec -> spec.withClasses("release-task"));

        signIn("wg.ocha");
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(shown()).noneMatch(e -> e.card().recommendationId().equals(recommendation)
                && e.card().kind() == WorkItemKind.WORK_ON_MILESTONE);
        TabsKt._select(_get(Tab.class, spec -> spec.withId("tab-organisation")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-scope-hint")).getText()).contains("OCHA");
        Component held = card(recommendation, WorkItemKind.WORK_ON_MILESTONE);
        assertThat(textOf(held, "task-holder")).isEqualTo("Held by " + secretariatName);
        _assertNone(held, Button.class, spec -> spec.withClasses("open-task"));
        _assertNone(held, Button.class, spec -> spec.withClasses("claim-task"));

        signIn("secretariat");
        UI.getCurrent().navigate(MyTasksView.class);
        _click(_get(card(recommendation, WorkItemKind.WORK_ON_MILESTONE), Button.class,
                spec -> spec.withClasses("release-task")));
        signIn("wg.ocha");
        UI.getCurrent().navigate(MyTasksView.class);
        _get(card(recommendation, WorkItemKind.WORK_ON_MILESTONE), Button.class, spec -> spec.withClasses("claim-task"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingDoneSetsTheProgressTo100AndChoosingAnotherStatusLetsItBeTypedAgain() {
        approve(recommendation, fixtures.milestone("Partners mapped in full", "R4V", 40, false));
        signIn("agency.r4v");
        open(WorkItemKind.WORK_ON_MILESTONE);
        Select<ReportedStatus> status = _get(Select.class, spec -> spec.withId("report-status"));
        IntegerField progress = _get(IntegerField.class, spec -> spec.withId("report-progress"));
        _setValue(progress, 50);

        _setValue(status, ReportedStatus.DONE);
        assertThat(progress.getValue()).isEqualTo(100);
        assertThat(progress.isReadOnly()).isTrue();
        assertThat(progress.getHelperText()).isEqualTo("Done means 100 %.");

        _setValue(status, ReportedStatus.IN_PROGRESS);
        assertThat(progress.isReadOnly()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerReportsStatusProgressAndANoteAndSeesThemOnTheCardTheFormAndTheHistory() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, false));
        signIn("agency.r4v");
        open(WorkItemKind.WORK_ON_MILESTONE);
        _setValue(_get(Select.class, spec -> spec.withId("report-status")), ReportedStatus.IN_PROGRESS);
        _setValue(_get(IntegerField.class, spec -> spec.withId("report-progress")), 40);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-note")), "Partners contacted; two answers missing");
        _click(_get(Button.class, spec -> spec.withId("save-report")));
        assertThat(notifications()).contains("Progress of T1 saved.");

        Component card = card(recommendation, WorkItemKind.WORK_ON_MILESTONE);
        assertThat(_find(card, Span.class)).anyMatch(span -> span.getText().endsWith("In progress · 40 %"));
        open(WorkItemKind.WORK_ON_MILESTONE);
        assertThat(_get(Select.class, spec -> spec.withId("report-status")).getValue())
                .isEqualTo(ReportedStatus.IN_PROGRESS);
        assertThat(_get(IntegerField.class, spec -> spec.withId("report-progress")).getValue()).isEqualTo(40);
        assertThat(_get(TextArea.class, spec -> spec.withId("report-note")).getValue())
                .isEqualTo("Partners contacted; two answers missing");
        assertThat(context.getBean(RecommendationService.class).details(recommendation).history())
                .filteredOn(e -> e.action().equals("MILESTONE_REPORTED"))
                .extracting(AuditEntry::actor, AuditEntry::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agency.r4v",
                        "Partners mapped: In progress, 40 %; note: Partners contacted; two answers missing"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void savingOverAReportSomeoneSavedMeanwhileKeepsTheDialogOpenWithTheInputAndSaysUnderTheFormWhatChanged() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, false));
        Long milestone = milestonesOf(recommendation).get(0).id();
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        signIn("agency.r4v");
        open(WorkItemKind.WORK_ON_MILESTONE);
        _setValue(_get(Select.class, spec -> spec.withId("report-status")), ReportedStatus.IN_PROGRESS);
        _setValue(_get(IntegerField.class, spec -> spec.withId("report-progress")), 60);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-note")), "Nine partners mapped");

        // meanwhile R4V's reporting system (or a colleague) saves another report on the same milestone
        MyTaskService tasks = context.getBean(MyTaskService.class);
        tasks.reportMilestone(task, ReportedStatus.BLOCKED, 70, "Waiting for the ministry");

        _click(_get(Button.class, spec -> spec.withId("save-report")));
        _get(MilestoneReportDialog.class);
        assertThat(_get(Select.class, spec -> spec.withId("report-status")).getValue())
                .isEqualTo(ReportedStatus.IN_PROGRESS);
        assertThat(_get(IntegerField.class, spec -> spec.withId("report-progress")).getValue()).isEqualTo(60);
        assertThat(_get(TextArea.class, spec -> spec.withId("report-note")).getValue()).isEqualTo("Nine partners mapped");
        Div refused = _get(Div.class, spec -> spec.withId("report-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getTextRecursively()).contains(
                "Someone else saved this milestone after you opened it", "Status now: Blocked (was Not started)",
                "Progress now: 70 % (was 0 %)", "Note now: “Waiting for the ministry”");
        assertThat(notifications()).noneMatch(t -> t.contains("saved"));
        MilestoneRow stored = context.getBean(RecommendationService.class).details(recommendation).milestones().get(0);
        assertThat(stored.id()).isEqualTo(milestone);
        assertThat(stored.reportedStatus()).isEqualTo(ReportedStatus.BLOCKED);
        assertThat(stored.progress()).isEqualTo(70);

        // saving again, having been told, replaces the other report with the person's own
        _click(_get(Button.class, spec -> spec.withId("save-report")));
        assertThat(notifications()).contains("Progress of T1 saved.");
        _assertNone(MilestoneReportDialog.class);
        MilestoneRow replaced = context.getBean(RecommendationService.class).details(recommendation).milestones().get(0);
        assertThat(replaced.reportedStatus()).isEqualTo(ReportedStatus.IN_PROGRESS);
        assertThat(replaced.progress()).isEqualTo(60);
    }

    @Test
    void anUploadOfAWrongTypeOrTooLargeFileSaysWhyAndAttachesNothingWhileAGoodOneIsListedAndDownloads() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, true));
        Long milestone = milestonesOf(recommendation).get(0).id();
        EvidenceService evidence = context.getBean(EvidenceService.class);
        signIn("agency.r4v");
        open(WorkItemKind.WORK_ON_MILESTONE);
        Upload upload = _get(Upload.class, spec -> spec.withId("evidence-upload"));

        UploadKt._upload(upload, "tool.exe", "application/x-msdownload", PDF);
        assertThat(formProblems()).anyMatch(t -> t.contains("tool.exe: files of this type are not accepted"));
        byte[] tooLarge = new byte[EvidencePolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        UploadKt._upload(upload, "scan.pdf", "application/pdf", tooLarge);
        assertThat(formProblems()).anyMatch(t -> t.contains("scan.pdf is larger than 10 MB"));
        _get(Span.class, spec -> spec.withClasses("no-evidence"));
        assertThat(evidence.list(milestone)).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("evidence-note")), "Signed minutes");
        UploadKt._upload(upload, "C:\\fakepath\\minutes.pdf", "application/pdf", PDF);
        assertThat(notifications()).contains("minutes.pdf attached as evidence.");
        assertThat(formProblems()).as("the refusals before are gone once a file is kept").isEmpty();
        List<EvidenceItem> attached = evidence.list(milestone);
        assertThat(attached).extracting(EvidenceItem::fileName, EvidenceItem::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minutes.pdf", "Signed minutes"));
        assertThat(_get(Anchor.class, spec -> spec.withId("evidence-" + attached.get(0).id())).getText())
                .isEqualTo("minutes.pdf");
        _assertNone(Span.class, spec -> spec.withClasses("no-evidence"));
        assertThat(evidence.download(attached.get(0).id()).content()).isEqualTo(PDF);
    }

    @Test
    void aLinkMustStartWithHttpOrHttps() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, false));
        Long milestone = milestonesOf(recommendation).get(0).id();
        signIn("agency.r4v");
        open(WorkItemKind.WORK_ON_MILESTONE);
        _setValue(_get(TextField.class, spec -> spec.withId("evidence-link")), "www.r4v.info/en/partners");
        _click(_get(Button.class, spec -> spec.withId("add-evidence-link")));
        assertThat(errorUnder("evidence-link")).isEqualTo("Give a full web address starting with http:// or https://.");
        assertThat(context.getBean(EvidenceService.class).list(milestone)).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("evidence-link")), "https://www.r4v.info/en/partners");
        _click(_get(Button.class, spec -> spec.withId("add-evidence-link")));
        assertThat(_find(Anchor.class)).anyMatch(a -> a.getHref().equals("https://www.r4v.info/en/partners"));
        assertThat(_get(TextField.class, spec -> spec.withId("evidence-link")).getValue()).isEmpty();
    }

    @Test
    void onAPhoneTheTasksAreOneColumnOfCardsAndTheDialogTakesTheWholeWidth() {
        approve(recommendation, fixtures.milestone("Partners mapped", "R4V", 40, false));
        signIn("agency.r4v");
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_find(Grid.class)).isEmpty();
        Component card = card(recommendation, WorkItemKind.WORK_ON_MILESTONE);
        assertThat(card.getElement().getStyle().get("width")).isEqualTo("100%");
        open(WorkItemKind.WORK_ON_MILESTONE);
        MilestoneReportDialog dialog = _get(MilestoneReportDialog.class);
        assertThat(dialog.getMaxWidth()).isEqualTo("100%");
        assertThat(dialog.getWidth()).isEqualTo("min(48em, 100vw)");
        // one column of fields below 30em, two above
        assertThat(_get(dialog, FormLayout.class).getResponsiveSteps()).hasSize(2);
    }

    /** The quarter under way ends: the engine fires the recommendation's report timer, as the job executor would. */
    void theQuarterEnds() {
        org.camunda.bpm.engine.RuntimeService runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        org.camunda.bpm.engine.ManagementService management =
                context.getBean(org.camunda.bpm.engine.ManagementService.class);
        String watch = runtime.createProcessInstanceQuery().processDefinitionKey(ProgressReportProcess.PROCESS_ID)
                .variableValueEquals(RecommendationImplementationProcess.VAR_RECOMMENDATION_ID, recommendation)
                .singleResult().getId();
        org.camunda.bpm.engine.runtime.Job due = management.createJobQuery().processInstanceId(watch).timers()
                .singleResult();
        TestClock.set(due.getDuedate().toInstant().plusSeconds(60));
        management.executeJob(due.getId());
    }

    @Test
    void theLeadWritesItsQuarterlyProgressReportInMyTasksAndAnEmptyFormSaysWhatIsMissingUnderEachField() {
        approve(recommendation, fixtures.milestone("Regional focal points named", "R4V", 200, false));
        theQuarterEnds();
        signIn("agency.r4v");
        open(WorkItemKind.SUBMIT_PROGRESS_REPORT);
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-report-help")).getText())
                .contains("Q2 2026", "Jul 15, 2026");

        _click(_get(Button.class, spec -> spec.withId("submit-progress-report")));
        assertThat(errorUnder("progress-report-narrative")).isNotBlank();
        assertThat(errorUnder("progress-report-progress")).isNotBlank();
        assertThat(errorUnder("progress-report-next-steps")).isNotBlank();
        assertThat(errorUnder("progress-report-obstacles")).isNull();

        _setValue(_get(TextArea.class, spec -> spec.withId("progress-report-narrative")), "Twelve focal points named.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("progress-report-progress")), 40);
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-report-next-steps")), "Name the last five.");
        _click(_get(Button.class, spec -> spec.withId("submit-progress-report")));

        assertThat(shown()).noneMatch(entry -> entry.card().kind() == WorkItemKind.SUBMIT_PROGRESS_REPORT
                && entry.card().recommendationId().equals(recommendation));
        assertThat(context.getBean(ProgressReportQueries.class).ofRecommendation(recommendation)).singleElement()
                .satisfies(report -> assertThat(report.narrative()).isEqualTo("Twelve focal points named."));
    }
}
