package org.mixedmovements.tracker.workinggroup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;

class PlanSettingsViewTest extends UiTest {

    Plan plan;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openThisTestsPlanAsTheSecretariat() {
        Long recommendation = fixtures.newRecommendation("Plan settings");
        signIn("secretariat");
        String code = context.getBean(RecommendationService.class).details(recommendation).planCode();
        plan = context.getBean(PlanService.class).findByCode(code).orElseThrow();
        UI.getCurrent().navigate("admin/plan-settings");
        Select<Plan> select = _get(Select.class, spec -> spec.withId("plan-select"));
        _setValue(select, select.getListDataView().getItems().filter(p -> p.getId().equals(plan.getId()))
                .findFirst().orElseThrow());
    }

    IntegerField number(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @Test
    void anInvalidTimeZoneAndAChairEscalationBeforeTheSecretariatsAreRefusedFieldByFieldAndNothingIsSaved() {
        TextField zone = _get(TextField.class, spec -> spec.withId("time-zone"));
        assertThat(zone.getValue()).isEqualTo("America/Panama");
        _setValue(zone, "Mars/Olympus_Mons");
        _setValue(number("reminder-days"), 10);
        _setValue(number("escalation-chair-days"), 5);
        _click(_get(Button.class, spec -> spec.withId("save-plan-settings")));

        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getErrorMessage())
                .isEqualTo("Mars/Olympus_Mons is not a time zone of the IANA database (such as America/Panama)");
        assertThat(number("escalation-chair-days").getErrorMessage())
                .isEqualTo("Must be more than the escalation to the secretariat (7 days)");
        assertThat(number("reminder-days").isInvalid()).isFalse();
        assertThat(notifications()).as("said under the fields, not in a toast").isEmpty();
        assertThat(formProblems()).isEmpty();
        Plan unchanged = context.getBean(PlanService.class).get(plan.getId());
        assertThat(unchanged.zone().getId()).isEqualTo("America/Panama");
        assertThat(unchanged.getReminderDays()).isEqualTo(14);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatChangesTheDeadlinesAndARuleAndThePageSaysWhenTheyApply() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-settings-when")).getText())
                .contains("a decision already open keeps the rule it was opened with");
        _setValue(_get(TextField.class, spec -> spec.withId("time-zone")), "America/Bogota");
        _setValue(number("reminder-days"), 10);
        _setValue(number("escalation-secretariat-days"), 5);
        _setValue(number("escalation-chair-days"), 15);
        IntegerField period = number("period-MILESTONE");
        _setValue(_get(Select.class, spec -> spec.withId("rule-MILESTONE")), DecisionRule.MAJORITY);
        IntegerField quorum = number("quorum-MILESTONE");
        IntegerField reminder = number("decision-reminder-MILESTONE");
        assertThat(quorum.isVisible()).isTrue();
        // a vote closes too: its period and its reminder stay
        assertThat(period.isVisible()).isTrue();
        assertThat(reminder.isVisible()).isTrue();
        _setValue(quorum, 0);
        _click(_get(Button.class, spec -> spec.withId("save-plan-settings")));
        assertThat(quorum.getErrorMessage()).isEqualTo("A whole number from 1 to 100");
        assertThat(context.getBean(PlanService.class).get(plan.getId()).getReminderDays()).isEqualTo(14);

        _setValue(quorum, 60);
        _setValue(period, 7);
        _setValue(reminder, 2);
        _click(_get(Button.class, spec -> spec.withId("save-plan-settings")));
        Plan saved = context.getBean(PlanService.class).get(plan.getId());
        assertThat(saved.zone().getId()).isEqualTo("America/Bogota");
        assertThat(saved.getReminderDays()).isEqualTo(10);
        assertThat(saved.getEscalationSecretariatDays()).isEqualTo(5);
        assertThat(saved.getEscalationChairDays()).isEqualTo(15);
        assertThat(context.getBean(PlanDecisionRules.class).of(plan.getId(), DecisionType.MILESTONE))
                .isEqualTo(new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 60, 7, 2));
        assertThat(context.getBean(PlanDecisionRules.class).of(plan.getId(), DecisionType.PLAN).rule())
                .isEqualTo(DecisionRule.MAJORITY);
    }
}
