package org.mixedmovements.tracker.plan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * A plan's time zone and deadline settings: the reminder (days before the due date), the at-risk window (days before
 * the due date) and the two escalations (days after the milestone became overdue: to the secretariat, then to the
 * chair). Integers are boxed so an empty form field is a problem of its own, not a zero.
 */
public record DeadlineSettings(String timeZone, Integer reminderDays, Integer atRiskDays,
                               Integer escalationSecretariatDays, Integer escalationChairDays) {

    public static final int MAX_REMINDER_DAYS = 180;
    public static final int MAX_AT_RISK_DAYS = 365;
    public static final int MAX_SECRETARIAT_DAYS = 180;
    public static final int MAX_CHAIR_DAYS = 365;

    public static DeadlineSettings of(Plan plan) {
        return new DeadlineSettings(plan.zone().getId(), plan.getReminderDays(), plan.getAtRiskDays(),
                plan.getEscalationSecretariatDays(), plan.getEscalationChairDays());
    }

    /** Every problem of these settings, one per field at most; empty when they can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (timeZone == null || timeZone.isBlank()) {
            problems.add(Problem.of("timeZone", "validation.required"));
        } else if (!ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
            problems.add(Problem.of("timeZone", "admin.plan.error.time-zone", timeZone.strip()));
        }
        range(problems, "reminderDays", reminderDays, MAX_REMINDER_DAYS);
        range(problems, "atRiskDays", atRiskDays, MAX_AT_RISK_DAYS);
        boolean secretariatValid = range(problems, "escalationSecretariatDays", escalationSecretariatDays,
                MAX_SECRETARIAT_DAYS);
        if (range(problems, "escalationChairDays", escalationChairDays, MAX_CHAIR_DAYS) && secretariatValid
                && escalationChairDays <= escalationSecretariatDays) {
            problems.add(Problem.of("escalationChairDays", "admin.plan.error.chair-after-secretariat",
                    escalationSecretariatDays));
        }
        return problems;
    }

    /** The settings with the time zone trimmed. */
    DeadlineSettings normalised() {
        return new DeadlineSettings(timeZone.strip(), reminderDays, atRiskDays, escalationSecretariatDays,
                escalationChairDays);
    }

    private static boolean range(List<Problem> problems, String field, Integer value, int max) {
        if (value == null) {
            problems.add(Problem.of(field, "validation.required"));
            return false;
        }
        if (value < 1 || value > max) {
            problems.add(Problem.of(field, "admin.plan.error.days-range", 1, max));
            return false;
        }
        return true;
    }
}
