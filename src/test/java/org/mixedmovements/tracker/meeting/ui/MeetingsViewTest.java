package org.mixedmovements.tracker.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.data.domain.PageRequest;

class MeetingsViewTest extends UiTest {

    Long recommendation;
    Long planId;
    Long decision;

    /** A plan whose plans are decided by consensus; R4V has submitted its plan, so a consensus decision is open. */
    @BeforeEach
    void planUnderConsensus() {
        recommendation = fixtures.newRecommendation("Decided at a meeting");
        planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        fixtures.signIn("secretariat");
        context.getBean(PlanDecisionRules.class).set(planId, DecisionType.PLAN,
                new PlanDecisionRules.Setting(DecisionRule.CONSENSUS, 50, 10));
        fixtures.adopt(recommendation, "R4V");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), fixtures.twoMilestones());
        decision = planDecision().id();
    }

    DecisionSummary planDecision() {
        return context.getBean(WorkingGroupDecisions.class).ofRecommendation(recommendation).stream()
                .filter(d -> d.type() == DecisionType.PLAN).reduce((a, b) -> b).orElseThrow();
    }

    /** As the secretariat, opens "record a meeting" and fills it in for this test's plan. */
    @SuppressWarnings("unchecked")
    void fillInMeeting(LocalDate heldOn, String minutes) {
        signIn("secretariat");
        UI.getCurrent().navigate(MeetingsView.class);
        _click(_get(Button.class, spec -> spec.withId("record-meeting")));
        Select<Plan> plan = _get(Select.class, spec -> spec.withId("meeting-plan"));
        _setValue(plan, plan.getListDataView().getItems().filter(p -> p.getId().equals(planId)).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("meeting-held-on")), heldOn);
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-title")), "Working group, 12th meeting");
        MultiSelectComboBox<Organisation> present = _get(MultiSelectComboBox.class, spec -> spec.withId("meeting-participants"));
        _setValue(present, present.getListDataView().getItems()
                .filter(o -> Set.of("IOM", "UNHCR", "OCHA", "R4V").contains(o.getCode())).collect(Collectors.toSet()));
        _setValue(_get(TextArea.class, spec -> spec.withId("meeting-minutes")), minutes);
        _setValue(_get(Checkbox.class, spec -> spec.withId("take-" + decision)), true);
    }

    boolean secretariatStillHasTheConsensusTask() {
        return fixtures.findTask("secretariat", recommendation, WorkItemKind.RECORD_CONSENSUS).isPresent();
    }

    long meetingsOfThePlan() {
        fixtures.signIn("secretariat");
        return context.getBean(MeetingService.class).meetings(planId, PageRequest.of(0, 10)).getTotalElements();
    }

    @Test
    void recordingAMeetingWithAConsensusDecisionClosesItsTaskAndShowsItOnTheMeeting() {
        fillInMeeting(fixtures.todayInPanama(), "Item 3: the plan of T1 is approved by consensus.");
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));

        DecisionSummary taken = planDecision();
        assertThat(taken.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(taken.meetingDate()).isEqualTo(fixtures.todayInPanama());
        assertThat(taken.minutes()).contains("approved by consensus");
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.IN_IMPLEMENTATION);
        assertThat(secretariatStillHasTheConsensusTask()).isFalse();
        assertThat(meetingsOfThePlan()).isEqualTo(1);

        signIn("secretariat");
        assertThat(_get(Component.class, spec -> spec.withId("meeting-decision-" + decision)).getElement().getTextRecursively())
                .isEqualTo("Plan: Approved");
        assertThat(_get(Component.class, spec -> spec.withId("meeting-participants")).getElement().getTextRecursively())
                .isEqualTo("Present: IOM, OCHA, R4V, UNHCR");

        Long meeting = context.getBean(MeetingService.class).meetings(planId, PageRequest.of(0, 10)).getContent().get(0).id();
        signIn("wg.ifrc");
        UI.getCurrent().navigate(MeetingDetailView.class, meeting);
        assertThat(_get(Component.class, spec -> spec.withId("meeting-minutes")).getElement().getTextRecursively())
                .contains("Item 3");
        UI.getCurrent().navigate(MeetingsView.class);
        _assertNone(Button.class, spec -> spec.withId("record-meeting"));
    }

    @Test
    void aMeetingInTheFutureOrWithoutMinutesWritesNothing() {
        fillInMeeting(fixtures.todayInPanama().plusDays(1), "Item 3: approved.");
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("meeting-held-on")).isInvalid()).isTrue();
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anyMatch(text -> text.contains("Give the date of the meeting (not in the future)."));

        _setValue(_get(DatePicker.class, spec -> spec.withId("meeting-held-on")), fixtures.todayInPanama());
        _setValue(_get(TextArea.class, spec -> spec.withId("meeting-minutes")), "  ");
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));
        assertThat(_get(TextArea.class, spec -> spec.withId("meeting-minutes")).isInvalid()).isTrue();

        assertThat(planDecision().open()).isTrue();
        assertThat(secretariatStillHasTheConsensusTask()).isTrue();
        assertThat(meetingsOfThePlan()).isZero();
        assertThat(context.getBean(RecommendationService.class).summary(recommendation).status())
                .isEqualTo(RecommendationStatus.PLAN_SUBMITTED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsensusRejectionWithoutReasonsWritesNothing() {
        fillInMeeting(fixtures.todayInPanama(), "Item 3: the plan goes back to the lead.");
        RadioButtonGroup<Outcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("outcome-" + decision));
        _setValue(outcome, Outcome.REJECTED);
        _click(_get(Button.class, spec -> spec.withId("save-meeting")));

        assertThat(_get(TextArea.class, spec -> spec.withId("consensus-reason-" + decision)).isInvalid()).isTrue();
        assertThat(planDecision().open()).isTrue();
        assertThat(meetingsOfThePlan()).isZero();
    }
}
