package org.mixedmovements.tracker.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.task.TaskEntry;
import org.mixedmovements.tracker.workflow.WorkItemKind;

class MyTasksViewTest extends UiTest {

    Long recommendation;

    @BeforeEach
    void adoptWithR4vAsLead() {
        recommendation = fixtures.newRecommendation("Drafted in the UI");
        fixtures.adopt(recommendation, "R4V");
    }

    @SuppressWarnings("unchecked")
    static VirtualList<TaskEntry> taskList() {
        return _get(VirtualList.class, spec -> spec.withId("task-list"));
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
        assertThat(notifications()).contains("Milestones: A plan needs at least one milestone.");
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLANNING);
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
        assertThat(notifications()).anyMatch(text -> text.contains("Say why you reject"));
        _get(TextArea.class, spec -> spec.withId("decision-reason"));
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    void anAgencyDoesNotSeeTheDecisionTasksOfTheWorkingGroup() {
        draftAndSubmitOneMilestone();
        signIn("agency.ibchm");
        UI.getCurrent().navigate(MyTasksView.class);
        if (!_get(Paragraph.class, spec -> spec.withId("no-tasks")).isVisible()) {
            assertThat(VirtualListsKt._findAll(taskList())).noneMatch(e -> e.card().kind() == WorkItemKind.CAST_VOTE);
        } else {
            assertThat(_get(Paragraph.class, spec -> spec.withId("no-tasks")).getText())
                    .isEqualTo("Nothing to do right now.");
        }
        assertThat(_find(Grid.class)).as("tasks are cards, not a wide grid").isEmpty();
    }
}
