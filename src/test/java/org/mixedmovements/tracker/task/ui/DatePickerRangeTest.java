package org.mixedmovements.tracker.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskEntry;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * The date pickers of My tasks offer only the dates the input policy accepts (2000-01-01 to 2100-12-31, issue 22):
 * the draft plan's start and due date, and the new due date an owner asks for.
 */
class DatePickerRangeTest extends UiTest {

    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @SuppressWarnings("unchecked")
    void open(Long recommendation, WorkItemKind kind) {
        UI.getCurrent().navigate(MyTasksView.class);
        VirtualList<TaskEntry> list = _get(VirtualList.class, spec -> spec.withId("task-list"));
        List<TaskEntry> entries = VirtualListsKt._findAll(list);
        int row = IntStream.range(0, entries.size())
                .filter(i -> entries.get(i).card().recommendationId().equals(recommendation)
                        && entries.get(i).card().kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " card"));
        _click(_get(VirtualListsKt._getRowComponent(list, row), Button.class, spec -> spec.withClasses("open-task")));
    }

    @Test
    void theDraftPlansDatesStayWithinTheRangeAsTheyFollowEachOther() {
        Long recommendation = fixtures.newRecommendation("Dates in range");
        fixtures.adopt(recommendation, "R4V");
        signIn("agency.r4v");
        open(recommendation, WorkItemKind.DRAFT_PLAN);

        DatePicker start = _get(DatePicker.class, spec -> spec.withId("milestone-start"));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("milestone-due"));
        assertThat(List.of(start.getMin(), due.getMin())).containsOnly(FIRST);
        assertThat(List.of(start.getMax(), due.getMax())).containsOnly(LAST);

        LocalDate later = fixtures.todayInPanama().plusDays(60);
        _setValue(start, later);
        assertThat(due.getMin()).isEqualTo(later);
        _setValue(start, null);
        assertThat(due.getMin()).as("back to the range once the start is cleared").isEqualTo(FIRST);
        _setValue(due, later);
        assertThat(start.getMax()).isEqualTo(later);
        _setValue(due, null);
        assertThat(start.getMax()).isEqualTo(LAST);
    }

    @Test
    void theNewDueDateAnOwnerAsksForIsWithinTheRange() {
        Long recommendation = fixtures.newRecommendation("More time in range");
        fixtures.adopt(recommendation, "R4V");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Platform maps its partners", "R4V", 40, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        signIn("agency.r4v");
        open(recommendation, WorkItemKind.WORK_ON_MILESTONE);

        DatePicker newDue = _get(DatePicker.class, spec -> spec.withId("new-due-date"));
        assertThat(newDue.getMin()).isEqualTo(FIRST);
        assertThat(newDue.getMax()).isEqualTo(LAST);
    }
}
