package org.mixedmovements.tracker.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.meeting.MeetingSchedule;
import org.mixedmovements.tracker.meeting.MeetingScheduleService;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;

/**
 * On the meeting's page the secretariat records the votes of the organisations present on a plan waiting for the
 * group's votes; the item then says the count in words. Scheduling proposes an end two hours after the start.
 */
class MeetingVotesViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatRecordsAPresentMembersVoteAndTheItemSaysTheCount() {
        Long recommendation = fixtures.newRecommendation("Voted at a meeting");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        fixtures.adopt(recommendation, "R4V");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), fixtures.twoMilestones());
        fixtures.signIn("secretariat");
        Long meeting = context.getBean(MeetingScheduleService.class).schedule(new MeetingSchedule(planId,
                fixtures.todayInPanama(), LocalTime.of(0, 15), LocalTime.of(2, 15), ZoneId.of("America/Panama"),
                "Votes in the room", "Room 4", "en"));
        context.getBean(MeetingRoomService.class).recordAttendance(meeting,
                List.of(fixtures.organisation("OCHA"), fixtures.organisation("IFRC")));
        AgendaItemView item = context.getBean(MeetingService.class).meeting(meeting).agenda().stream()
                .filter(i -> i.kind().votedOn()).findFirst().orElseThrow();

        signIn("secretariat");
        UI.getCurrent().navigate(MeetingDetailView.class, meeting);
        _click(_get(Button.class, spec -> spec.withId("record-votes-" + item.position())));
        _setValue(_get(Select.class, spec -> spec.withId("vote-choice-OCHA")), VoteChoice.APPROVE);
        _click(_get(Button.class, spec -> spec.withId("save-votes")));

        DecisionSummary decision = context.getBean(WorkingGroupDecisions.class).summary(item.decisionId());
        assertThat(decision.votes()).extracting(DecisionSummary.CastVote::organisationCode).containsExactly("OCHA");
        assertThat(decision.open()).isTrue();
        assertThat(_get(Component.class, spec -> spec.withId("agenda-tally-" + item.position())).getElement()
                .getTextRecursively()).isEqualTo("Majority vote: 1 for, 0 against, of 6 member organisations that vote"
                + " (quorum 3). Votes: OCHA for.");

        _click(_get(Button.class, spec -> spec.withId("move-meeting")));
        TimePicker start = _get(TimePicker.class, spec -> spec.withId("schedule-time"));
        _setValue(start, LocalTime.of(1, 0));
        assertThat(_get(TimePicker.class, spec -> spec.withId("schedule-ends")).getValue())
                .isEqualTo(LocalTime.of(3, 0));
    }
}
