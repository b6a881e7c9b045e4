package org.mixedmovements.tracker.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A plan's own rule for one decision type, where it differs from the defaults. */
@Entity
@Table(name = "plan_decision_rule")
@IdClass(PlanDecisionRule.Key.class)
class PlanDecisionRule {

    record Key(Long planId, DecisionType decisionType) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long planId;
    @Id
    @Enumerated(EnumType.STRING)
    private DecisionType decisionType;
    @Enumerated(EnumType.STRING)
    private DecisionRule rule;
    private int quorumPercent;
    private int periodDays;
    private int reminderDays;

    protected PlanDecisionRule() {
    }

    PlanDecisionRule(Long planId, DecisionType decisionType) {
        this.planId = planId;
        this.decisionType = decisionType;
    }

    void set(PlanDecisionRules.Setting setting) {
        this.rule = setting.rule();
        this.quorumPercent = setting.quorumPercent();
        this.periodDays = setting.periodDays();
        this.reminderDays = setting.reminderDays();
    }

    PlanDecisionRules.Setting setting() {
        return new PlanDecisionRules.Setting(rule, quorumPercent, periodDays, reminderDays);
    }
}
