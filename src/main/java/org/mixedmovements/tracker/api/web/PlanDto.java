package org.mixedmovements.tracker.api.web;

import java.time.LocalDate;
import org.mixedmovements.tracker.plan.Plan;

/** A plan: a study or review whose recommendations are followed up; due dates are calendar dates in its time zone. */
record PlanDto(Long id, String code, String title, String source, LocalDate publishedOn, String timeZone,
               int reminderDays, int atRiskDays, int escalationSecretariatDays, int escalationChairDays) {

    static PlanDto of(Plan plan) {
        return new PlanDto(plan.getId(), plan.getCode(), plan.getTitle(), plan.getSource(), plan.getPublishedOn(),
                plan.zone().getId(), plan.getReminderDays(), plan.getAtRiskDays(), plan.getEscalationSecretariatDays(),
                plan.getEscalationChairDays());
    }
}
