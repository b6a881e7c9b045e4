package org.mixedmovements.tracker.workinggroup;

import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision rule of each plan and decision type. Defaults (product brief): responses, plans and deadline changes by
 * a majority of the votes cast with a quorum of half the voting member organisations, the vote open for 14 days;
 * milestones by no objection within 10 days. Members who have not acted are reminded 3 days before closing.
 */
@Service
@Transactional(readOnly = true)
public class PlanDecisionRules {

    /**
     * A rule with its quorum (majority), the days a vote or an objection stays open, and how many days before closing
     * the members who have not acted are reminded (0: no reminder). A consensus is taken at a meeting: it has no
     * period.
     */
    public record Setting(DecisionRule rule, int quorumPercent, int periodDays, int reminderDays) {

        /** A setting with the default reminder. */
        public Setting(DecisionRule rule, int quorumPercent, int periodDays) {
            this(rule, quorumPercent, periodDays, DEFAULT_REMINDER_DAYS);
        }
    }

    static final int DEFAULT_REMINDER_DAYS = 3;
    static final Setting MAJORITY_DEFAULT = new Setting(DecisionRule.MAJORITY, 50, 14);
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
     * Every problem of a setting, its fields named {@code fieldPrefix + "rule"}, {@code "quorumPercent"},
     * {@code "periodDays"} and {@code "reminderDays"}. Quorum and period are both kept whatever the rule, so switching back restores them.
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
        if (setting.reminderDays() < 0 || setting.reminderDays() > 365) {
            problems.add(Problem.of(fieldPrefix + "reminderDays", "validation.reminder-days"));
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
        audit.record("DECISION_RULE_CHANGED", "plan", planId, AuditDetails.of("audit.details.decision-rule-changed",
                AuditDetails.word("decision.type.", type), AuditDetails.word("export.rule.", before.rule()),
                AuditDetails.word("export.rule.", setting.rule()), setting.quorumPercent(), setting.periodDays(),
                setting.reminderDays()), describe(setting));
    }

    private static String describe(Setting s) {
        return switch (s.rule()) {
            case MAJORITY -> "majority, quorum " + s.quorumPercent() + " %, open " + s.periodDays() + " days, reminder "
                    + s.reminderDays() + " days before closing";
            case NO_OBJECTION -> "no objection within " + s.periodDays() + " days, reminder " + s.reminderDays()
                    + " days before closing";
            case CONSENSUS -> "consensus at a meeting";
        };
    }
}
