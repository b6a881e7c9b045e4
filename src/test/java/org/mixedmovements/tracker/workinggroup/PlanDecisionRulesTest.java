package org.mixedmovements.tracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/** The default rule of each decision type and the checks of a plan's own setting, without a database. */
class PlanDecisionRulesTest {

    @Test
    void milestones_are_decided_by_no_objection_and_everything_else_by_a_fourteen_day_majority_vote_by_default() {
        assertThat(PlanDecisionRules.defaultFor(DecisionType.MILESTONE))
                .isEqualTo(new PlanDecisionRules.Setting(DecisionRule.NO_OBJECTION, 50, 10, 3));
        for (DecisionType type : new DecisionType[] {DecisionType.RESPONSE, DecisionType.PLAN,
                DecisionType.DEADLINE_CHANGE}) {
            assertThat(PlanDecisionRules.defaultFor(type)).as(type.name())
                    .isEqualTo(new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 50, 14, 3));
        }
    }

    @Test
    void a_valid_setting_has_no_problem() {
        assertThat(PlanDecisionRules.problemsOf("plan.", new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 100, 365)))
                .isEmpty();
        assertThat(PlanDecisionRules.problemsOf("plan.", new PlanDecisionRules.Setting(DecisionRule.CONSENSUS, 1, 1)))
                .isEmpty();
    }

    @Test
    void each_wrong_field_is_named_with_its_prefix() {
        assertThat(PlanDecisionRules.problemsOf("milestone.", new PlanDecisionRules.Setting(null, 0, 366)))
                .extracting(Problem::field)
                .containsExactly("milestone.rule", "milestone.quorumPercent", "milestone.periodDays");
        assertThat(PlanDecisionRules.problemsOf("", new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 101, 0)))
                .extracting(Problem::field).containsExactly("quorumPercent", "periodDays");
    }
}
