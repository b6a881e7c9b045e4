package org.mixedmovements.tracker.plan;

import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat or an administrator changes a plan's time zone and deadline settings. Deadline timers are set one
 * step at a time from the settings of the moment (docs/process-model.md): a step already scheduled keeps its date,
 * every later one follows the new settings. Compliance statuses are recomputed at once ({@link PlanSettingsChanged}).
 */
@Service
@Transactional(readOnly = true)
public class PlanSettingsService {

    public static final String AUDIT_SUBJECT = "plan";

    private final PlanRepository plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PlanSettingsService(PlanRepository plans, AuditLog audit, ApplicationEventPublisher events) {
        this.plans = plans;
        this.audit = audit;
        this.events = events;
    }

    public DeadlineSettings of(Long planId) {
        return DeadlineSettings.of(plan(planId));
    }

    @Transactional
    public void change(Long planId, DeadlineSettings settings) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        Plan plan = plan(planId);
        List<Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DeadlineSettings before = DeadlineSettings.of(plan);
        DeadlineSettings after = settings.normalised();
        if (before.equals(after)) {
            return;
        }
        plan.changeDeadlines(after);
        plans.saveAndFlush(plan);
        audit.record("PLAN_SETTINGS_CHANGED", AUDIT_SUBJECT, planId, AuditDetails.of(
                "audit.details.plan-deadline-settings-changed", plan.getCode(), before.timeZone(), before.reminderDays(),
                before.atRiskDays(), before.escalationSecretariatDays(), before.escalationChairDays(), after.timeZone(),
                after.reminderDays(), after.atRiskDays(), after.escalationSecretariatDays(), after.escalationChairDays()),
                describe(after));
        events.publishEvent(new PlanSettingsChanged(planId));
    }

    /** How often the plan's lead organisations report on the recommendations they lead. */
    public ReportingPeriod reportingPeriod(Long planId) {
        return plan(planId).getReportingPeriod();
    }

    /**
     * The plan's reporting period; it applies from the next period: a period already under way ends as it was set
     * (docs/process-model.md, "Progress reports").
     */
    @Transactional
    public void changeReportingPeriod(Long planId, ReportingPeriod period) {
        CurrentUser.requireAny(Role.SECRETARIAT, Role.ADMIN);
        if (period == null) {
            throw InvalidInputException.of("reportingPeriod", "validation.required");
        }
        Plan plan = plan(planId);
        ReportingPeriod before = plan.getReportingPeriod();
        if (before == period) {
            return;
        }
        plan.changeReportingPeriod(period);
        plans.saveAndFlush(plan);
        audit.record("PLAN_SETTINGS_CHANGED", AUDIT_SUBJECT, planId, AuditDetails.of(
                "audit.details.plan-reporting-period-changed", plan.getCode(),
                AuditDetails.word("reporting-period.", before), AuditDetails.word("reporting-period.", period)),
                "reporting period " + period);
    }

    private static String describe(DeadlineSettings s) {
        return "zone " + s.timeZone() + ", reminder " + s.reminderDays() + " d, at risk " + s.atRiskDays()
                + " d, escalation to the secretariat " + s.escalationSecretariatDays() + " d, to the chair "
                + s.escalationChairDays() + " d";
    }

    private Plan plan(Long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
