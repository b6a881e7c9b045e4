package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision rule of each plan and decision type. Defaults (product brief): responses, plans and deadline changes by
 * a majority of the votes cast with a quorum of half the voting member organisations; milestones by no objection
 * within 10 days.
 */
@Service
@Transactional(readOnly = true)
public class PlanDecisionRules {

    /** A rule with its quorum (majority) or period in days (no objection). */
    public record Setting(DecisionRule rule, int quorumPercent, int periodDays) {
    }

    static final Setting MAJORITY_DEFAULT = new Setting(DecisionRule.MAJORITY, 50, 10);
    static final Setting NO_OBJECTION_DEFAULT = new Setting(DecisionRule.NO_OBJECTION, 50, 10);

    private final PlanDecisionRuleRepository rules;

    PlanDecisionRules(PlanDecisionRuleRepository rules) {
        this.rules = rules;
    }

    public Setting of(Long planId, DecisionType type) {
        return rules.findById(new PlanDecisionRule.Key(planId, type)).map(PlanDecisionRule::setting)
                .orElse(defaultFor(type));
    }

    static Setting defaultFor(DecisionType type) {
        return type == DecisionType.MILESTONE ? NO_OBJECTION_DEFAULT : MAJORITY_DEFAULT;
    }

    /** The secretariat or an administrator sets a plan's rule for a decision type; it applies to decisions opened later. */
    @Transactional
    public void set(Long planId, DecisionType type, Setting setting) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        if (setting.rule() == null) {
            throw InvalidInputException.of("rule", "validation.required");
        }
        if (setting.quorumPercent() < 1 || setting.quorumPercent() > 100) {
            throw InvalidInputException.of("quorumPercent", "validation.percent");
        }
        if (setting.periodDays() < 1 || setting.periodDays() > 365) {
            throw InvalidInputException.of("periodDays", "validation.days");
        }
        PlanDecisionRule rule = rules.findById(new PlanDecisionRule.Key(planId, type))
                .orElseGet(() -> new PlanDecisionRule(planId, type));
        rule.set(setting);
        rules.save(rule);
    }
}
