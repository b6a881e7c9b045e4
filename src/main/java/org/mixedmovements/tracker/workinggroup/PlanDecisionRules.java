package org.mixedmovements.tracker.workinggroup;

import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
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
    private final AuditLog audit;

    PlanDecisionRules(PlanDecisionRuleRepository rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    public Setting of(Long planId, DecisionType type) {
        return rules.findById(new PlanDecisionRule.Key(planId, type)).map(PlanDecisionRule::setting)
                .orElse(defaultFor(type));
    }

    static Setting defaultFor(DecisionType type) {
        return type == DecisionType.MILESTONE ? NO_OBJECTION_DEFAULT : MAJORITY_DEFAULT;
    }

    /**
     * Every problem of a setting, its fields named {@code fieldPrefix + "rule"}, {@code "quorumPercent"} and
     * {@code "periodDays"}. Quorum and period are both kept whatever the rule, so switching back restores them.
     */
    public static List<Problem> problemsOf(String fieldPrefix, Setting setting) {
        List<Problem> problems = new ArrayList<>();
        if (setting.rule() == null) {
            problems.add(Problem.of(fieldPrefix + "rule", "validation.required"));
        }
        if (setting.quorumPercent() < 1 || setting.quorumPercent() > 100) {
            problems.add(Problem.of(fieldPrefix + "quorumPercent", "admin.plan.error.quorum"));
        }
        if (setting.periodDays() < 1 || setting.periodDays() > 365) {
            problems.add(Problem.of(fieldPrefix + "periodDays", "validation.days"));
        }
        return problems;
    }

    /** The secretariat or an administrator sets a plan's rule for a decision type; it applies to decisions opened later. */
    @Transactional
    public void set(Long planId, DecisionType type, Setting setting) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        List<Problem> problems = problemsOf("", setting);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Setting before = of(planId, type);
        if (before.equals(setting)) {
            return;
        }
        PlanDecisionRule rule = rules.findById(new PlanDecisionRule.Key(planId, type))
                .orElseGet(() -> new PlanDecisionRule(planId, type));
        rule.set(setting);
        rules.save(rule);
        audit.record("DECISION_RULE_CHANGED", "plan", planId, "Rule for " + type + " decisions changed from "
                + describe(before) + " to " + describe(setting), describe(setting));
    }

    private static String describe(Setting s) {
        return switch (s.rule()) {
            case MAJORITY -> "majority, quorum " + s.quorumPercent() + " %";
            case NO_OBJECTION -> "no objection within " + s.periodDays() + " days";
            case CONSENSUS -> "consensus at a meeting";
        };
    }
}
