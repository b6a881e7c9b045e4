package org.mixedmovements.tracker.workinggroup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.plan.DeadlineSettings;
import org.mixedmovements.tracker.plan.PlanSettingsService;
import org.mixedmovements.tracker.plan.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's settings as one form: time zone, deadlines and reporting period (plan feature) and the decision rule of each decision type
 * (this feature). Checked as a whole, every problem named by its field, and saved in one transaction or not at all.
 */
@Service
@Transactional(readOnly = true)
public class PlanSettingsAdministration {

    /** The settings of one plan. */
    public record PlanSettings(DeadlineSettings deadlines, Map<DecisionType, PlanDecisionRules.Setting> rules,
                               ReportingPeriod reportingPeriod) {
    }

    private final PlanSettingsService deadlines;
    private final PlanDecisionRules rules;

    PlanSettingsAdministration(PlanSettingsService deadlines, PlanDecisionRules rules) {
        this.deadlines = deadlines;
        this.rules = rules;
    }

    /** The field name of a rule's part in problems: {@code rules.PLAN.quorumPercent}. */
    public static String ruleField(DecisionType type, String part) {
        return "rules." + type.name() + "." + part;
    }

    public PlanSettings of(Long planId) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Map<DecisionType, PlanDecisionRules.Setting> byType = new EnumMap<>(DecisionType.class);
        for (DecisionType type : DecisionType.values()) {
            byType.put(type, rules.of(planId, type));
        }
        return new PlanSettings(deadlines.of(planId), byType, deadlines.reportingPeriod(planId));
    }

    @Transactional
    public void change(Long planId, PlanSettings settings) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        List<Problem> problems = new ArrayList<>(settings.deadlines().problems());
        for (DecisionType type : DecisionType.values()) {
            PlanDecisionRules.Setting setting = settings.rules().get(type);
            if (setting == null) {
                problems.add(Problem.of(ruleField(type, "rule"), "validation.required"));
            } else {
                problems.addAll(PlanDecisionRules.problemsOf("rules." + type.name() + ".", setting));
            }
        }
        if (settings.reportingPeriod() == null) {
            problems.add(Problem.of("reportingPeriod", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        deadlines.change(planId, settings.deadlines());
        deadlines.changeReportingPeriod(planId, settings.reportingPeriod());
        for (DecisionType type : DecisionType.values()) {
            rules.set(planId, type, settings.rules().get(type));
        }
    }
}
