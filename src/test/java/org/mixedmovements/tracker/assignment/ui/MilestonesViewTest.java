package org.mixedmovements.tracker.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.assignment.AssignableMilestone;
import org.mixedmovements.tracker.assignment.Assignee;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.MilestoneFilter;
import org.mixedmovements.tracker.milestone.MilestoneStage;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.data.domain.PageRequest;

class MilestonesViewTest extends UiTest {

    static final String REASON = "R4V hands the border work over to IBC-HM after the March review";

    /** A recommendation led by R4V whose plan (these milestones) the group approved; returns its id. */
    Long inImplementation(String title, MilestoneDraft... milestones) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.adopt(recommendation, "R4V");
        tasks().submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(milestones));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        fixtures.signOut();
        return recommendation;
    }

    MyTaskService tasks() {
        return context.getBean(MyTaskService.class);
    }

    RecommendationService recommendations() {
        return context.getBean(RecommendationService.class);
    }

    AssignmentService assignment() {
        return context.getBean(AssignmentService.class);
    }

    MilestoneRow milestoneOf(Long recommendation) {
        fixtures.signIn("secretariat");
        return recommendations().details(recommendation).milestones().get(0);
    }

    List<AuditEntry> historyOf(Long recommendation, String action) {
        return recommendations().details(recommendation).history().stream()
                .filter(e -> e.action().equals(action)).toList();
    }

    /** A word no other test's milestone has, so the list can be filtered down to this test's milestones. */
    static String uniqueWord() {
        return "lote" + Long.toString(System.nanoTime(), 36);
    }

    Organisation organisation(String code) {
        return context.getBean(OrganisationService.class).findByCode(code).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    Grid<AssignableMilestone> openListFilteredBy(String word) {
        UI.getCurrent().navigate(MilestonesView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-filter-text")), word);
        return _get(Grid.class, spec -> spec.withId("milestone-grid"));
    }

    List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_selects_two_milestones_and_gives_both_to_another_owner_with_the_reason_in_each_history() {
        String word = uniqueWord();
        Long first = inImplementation("Border data", fixtures.milestone("Coordinación con Migración Colombia " + word,
                "R4V", 30, false));
        Long second = inImplementation("Joint assessment", fixtures.milestone("Joint needs assessment " + word,
                "R4V", 45, false));
        Long firstMilestone = milestoneOf(first).id();
        Long secondMilestone = milestoneOf(second).id();

        signIn("secretariat");
        Grid<AssignableMilestone> grid = openListFilteredBy(word.toUpperCase());
        List<AssignableMilestone> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).extracting(AssignableMilestone::id).containsExactly(firstMilestone, secondMilestone);
        rows.forEach(grid::select);
        Button reassign = _get(Button.class, spec -> spec.withId("reassign-owner"));
        assertThat(reassign.getText()).isEqualTo("Reassign owner of 2 milestone(s)");
        _click(reassign);
        _setValue((ComboBox<Organisation>) _get(ComboBox.class, spec -> spec.withId("new-owner")), organisation("IBC-HM"));
        _setValue(_get(TextArea.class, spec -> spec.withId("reassign-reason")), REASON);
        _click(_get(Button.class, spec -> spec.withId("confirm-reassign")));

        assertThat(notifications()).contains("2 milestone(s) now owned by IBC-HM.");
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(m -> m.milestone().ownerCode()).containsOnly("IBC-HM");
        assertThat(milestoneOf(first).ownerCode()).isEqualTo("IBC-HM");
        assertThat(milestoneOf(second).ownerCode()).isEqualTo("IBC-HM");
        assertThat(historyOf(first, "MILESTONE_OWNER_CHANGED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("secretariat");
            assertThat(e.summary()).contains("Coordinación con Migración Colombia", "R4V → IBC-HM", REASON);
        });
        assertThat(historyOf(second, "MILESTONE_OWNER_CHANGED")).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("Joint needs assessment", "R4V → IBC-HM", REASON));

        // the new owner sees the work at once; the old owner no longer does
        fixtures.signIn("agency.ibchm");
        assertThat(tasks().myTasks()).filteredOn(c -> c.kind() == WorkItemKind.WORK_ON_MILESTONE)
                .extracting(TaskCard::milestoneId).contains(firstMilestone, secondMilestone);
        fixtures.signIn("agency.r4v");
        assertThat(tasks().myTasks()).extracting(TaskCard::milestoneId).doesNotContain(firstMilestone, secondMilestone);
        // and the compliance read model counts the milestones for their new owner
        ComplianceReadModel readModel = context.getBean(ComplianceReadModel.class);
        assertThat(readModel.keptRows().get(firstMilestone)).isEqualTo(readModel.expectedRows().get(firstMilestone));
    }

    @Test
    void the_new_owner_can_report_on_a_milestone_it_was_given_and_the_old_owner_cannot() {
        Long recommendation = inImplementation("Handed over", fixtures.milestone("Referral pathways mapped", "R4V", 30, false));
        Long milestone = milestoneOf(recommendation).id();
        fixtures.signIn("chair");
        assertThat(assignment().reassignOwner(List.of(milestone), organisation("IBC-HM").getId(), "The chair moves it"))
                .isEqualTo(1);

        String work = fixtures.taskOf("agency.ibchm", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        tasks().reportMilestone(work, ReportedStatus.IN_PROGRESS, 40, null);
        assertThat(milestoneOf(recommendation).progress()).isEqualTo(40);
        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE)).isEmpty();
    }

    @Test
    void a_working_group_member_who_is_not_the_chair_sees_the_list_without_a_reassign_button_and_the_service_refuses() {
        String word = uniqueWord();
        Long recommendation = inImplementation("Read only", fixtures.milestone("Shelter standards " + word, "R4V", 30, false));
        Long milestone = milestoneOf(recommendation).id();

        signIn("wg.unhcr");
        @SuppressWarnings("unchecked")
        Grid<AssignableMilestone> grid = openListFilteredBy(word);
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(AssignableMilestone::id).containsExactly(milestone);
        _assertNone(Button.class, spec -> spec.withId("reassign-owner"));
        _assertNone(Button.class, spec -> spec.withId("assign-task"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("milestones-read-only")).getText())
                .isEqualTo("Only the secretariat and the chair reassign milestones and tasks.");

        assertThatThrownBy(() -> assignment().reassignOwner(List.of(milestone), organisation("IBC-HM").getId(), REASON))
                .isInstanceOf(NotPermittedException.class);
        assertThat(milestoneOf(recommendation).ownerCode()).isEqualTo("R4V");
        assertThat(historyOf(recommendation, "MILESTONE_OWNER_CHANGED")).isEmpty();
    }

    @Test
    void an_agency_has_no_milestone_list_in_its_menu_and_cannot_reassign_even_its_own_milestone() {
        Long recommendation = inImplementation("Agency tries", fixtures.milestone("Cash transfer guidance", "R4V", 30, false));
        Long milestone = milestoneOf(recommendation).id();

        signIn("agency.r4v");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Milestones");
        // Vaadin's access check refuses the view: Karibu reports the refusal on navigating or on the next lookup
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(MilestonesView.class);
            _assertNone(MilestonesView.class);
        }).hasMessageContaining("AccessDeniedException");

        fixtures.signIn("agency.r4v");

        assertThatThrownBy(() -> assignment().reassignOwner(List.of(milestone), organisation("IBC-HM").getId(), REASON))
                .isInstanceOf(NotPermittedException.class);
        assertThat(milestoneOf(recommendation).ownerCode()).isEqualTo("R4V");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reassigning_without_a_reason_says_so_and_writes_nothing() {
        String word = uniqueWord();
        Long recommendation = inImplementation("No reason", fixtures.milestone("Protection monitoring " + word, "R4V", 30, false));

        signIn("secretariat");
        Grid<AssignableMilestone> grid = openListFilteredBy(word);
        GridKt._fetch(grid, 0, 50).forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("reassign-owner")));
        _setValue((ComboBox<Organisation>) _get(ComboBox.class, spec -> spec.withId("new-owner")), organisation("IBC-HM"));
        _setValue(_get(TextArea.class, spec -> spec.withId("reassign-reason")), "   ");
        _click(_get(Button.class, spec -> spec.withId("confirm-reassign")));

        assertThat(errorUnder("reassign-reason")).isEqualTo("Required");
        assertThat(notifications()).as("no toast over the form").isEmpty();
        _get(TextArea.class, spec -> spec.withId("reassign-reason")); // the dialog stays open
        assertThat(milestoneOf(recommendation).ownerCode()).isEqualTo("R4V");
        assertThat(historyOf(recommendation, "MILESTONE_OWNER_CHANGED")).isEmpty();
        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE)).isPresent();
    }

    @Test
    void a_completed_milestone_in_the_selection_stops_the_whole_change_and_is_named() {
        Long done = inImplementation("Done already", fixtures.milestone("Workshop held", "R4V", 30, false));
        Long open = inImplementation("Still open", fixtures.milestone("Report published", "R4V", 30, false));
        tasks().reportMilestone(fixtures.taskOf("agency.r4v", done, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        Long doneMilestone = milestoneOf(done).id();
        Long openMilestone = milestoneOf(open).id();

        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> assignment().reassignOwner(List.of(openMilestone, doneMilestone),
                organisation("IBC-HM").getId(), REASON))
                .isInstanceOf(StateConflictException.class)
                .satisfies(e -> {
                    assertThat(((StateConflictException) e).messageKey()).isEqualTo("assign.error.completed");
                    assertThat(((StateConflictException) e).arguments()).containsExactly("Workshop held");
                });
        assertThat(milestoneOf(open).ownerCode()).isEqualTo("R4V");
        assertThat(historyOf(open, "MILESTONE_OWNER_CHANGED")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretariat_gives_a_milestones_work_to_one_person_of_the_owner_and_the_reason_goes_into_the_history() {
        String word = uniqueWord();
        Long recommendation = inImplementation("One person", fixtures.milestone("Hotline set up " + word, "R4V", 30, false));

        signIn("secretariat");
        Grid<AssignableMilestone> grid = openListFilteredBy(word);
        grid.select(GridKt._fetch(grid, 0, 50).get(0));
        _click(_get(Button.class, spec -> spec.withId("assign-task")));
        ComboBox<Assignee> person = _get(ComboBox.class, spec -> spec.withId("task-assignee"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person))
                .extracting(Assignee::username).containsExactly("agency.r4v");
        _setValue(person, new Assignee("agency.r4v", "R4V focal point", "R4V"));
        _setValue(_get(TextArea.class, spec -> spec.withId("assign-reason")), "She runs the hotline project");
        _click(_get(Button.class, spec -> spec.withId("confirm-assign")));

        assertThat(GridKt._fetch(grid, 0, 50)).extracting(AssignableMilestone::workAssignee).containsExactly("agency.r4v");
        assertThat(historyOf(recommendation, "TASK_ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("Hotline set up", "agency.r4v",
                        "She runs the hotline project"));
        // the task stays in the organisation's list
        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE)).isPresent();
    }

    @Test
    void a_task_goes_only_to_a_person_of_the_group_it_is_offered_to() {
        Long recommendation = inImplementation("Wrong person", fixtures.milestone("Legal aid desk", "R4V", 30, false));
        String work = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);

        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> assignment().assignTask(work, "agency.ibchm", "Try another agency"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("assign.error.not-in-group"));
        fixtures.signIn("wg.ocha");
        assertThatThrownBy(() -> assignment().assignTask(work, "agency.r4v", "Not the chair"))
                .isInstanceOf(NotPermittedException.class);
        fixtures.signIn("secretariat");
        assertThat(historyOf(recommendation, "TASK_ASSIGNED")).isEmpty();
    }

    @Test
    void the_list_filters_by_plan_owner_stage_and_words_of_the_name() {
        String word = uniqueWord();
        Long recommendation = inImplementation("Filters", fixtures.milestone("Registro biométrico " + word, "R4V", 30, false),
                fixtures.milestone("Informe regional " + word, "IBC-HM", 40, false));
        fixtures.signIn("secretariat");
        Long plan = recommendations().summary(recommendation).planId();
        Long r4v = organisation("R4V").getId();
        PageRequest page = PageRequest.of(0, 20);

        assertThat(assignment().milestones(new MilestoneFilter(plan, null, null, null), page))
                .extracting(m -> m.milestone().name())
                .containsExactly("Registro biométrico " + word, "Informe regional " + word);
        assertThat(assignment().milestones(new MilestoneFilter(plan, r4v, MilestoneStage.OPEN, null), page))
                .extracting(m -> m.milestone().ownerCode()).containsExactly("R4V");
        assertThat(assignment().milestones(new MilestoneFilter(plan, null, MilestoneStage.COMPLETED, null), page))
                .isEmpty();
        assertThat(assignment().milestones(new MilestoneFilter(null, null, null, "BIOMETRICO " + word), page))
                .extracting(m -> m.milestone().recommendationId()).containsExactly(recommendation);
        assertThat(assignment().count(new MilestoneFilter(plan, null, MilestoneStage.IN_DRAFT, null))).isZero();
    }
}
