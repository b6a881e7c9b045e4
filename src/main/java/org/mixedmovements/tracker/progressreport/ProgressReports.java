package org.mixedmovements.tracker.progressreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.DeadlineCalendar;
import org.mixedmovements.tracker.milestone.EvidencePolicy;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.plan.ReportingPeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a progress report (docs/process-model.md, "Progress reports"): owed from 00:00 (plan time zone) after
 * its period's last day by the lead of a recommendation in implementation, due {@link #DAYS_TO_REPORT} days after the
 * period, its lead reminded {@link #REMINDER_DAYS} days before the due date, escalated to the secretariat the plan's
 * escalation days after the day it became overdue, exactly as a milestone; each step recorded once. The process
 * {@code progress-report} calls these at its timers.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    /** A report is due this many days after its period's last day (15 January for the last quarter of a year). */
    public static final int DAYS_TO_REPORT = 15;
    /** The lead is reminded at 00:00 this many days before the due date. */
    public static final int REMINDER_DAYS = 5;
    public static final int MAX_TEXT = 4000;
    /** The audit subject of a report's steps: the recommendation, so they are in its history. */
    static final String AUDIT_SUBJECT = "recommendation";

    /** A report owed: which one, and the organisation whose staff write it. */
    public record Opening(Long reportId, String organisationCode) {
    }

    private final ProgressReportRepository reports;
    private final ReportingDirectory recommendations;
    private final PlanService plans;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReports(ProgressReportRepository reports, ReportingDirectory recommendations, PlanService plans,
                    OrganisationService organisations, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.recommendations = recommendations;
        this.plans = plans;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The period under way for the recommendation's plan, in the plan's time zone and with its reporting period. */
    public ReportingPeriodEnd currentPeriod(Long recommendationId) {
        Plan plan = planOf(recommendationId);
        LocalDate today = ComplianceRules.today(clock.instant(), plan.zone());
        return new ReportingPeriodEnd(plan.getReportingPeriod(), plan.getReportingPeriod().endOf(today));
    }

    /** The period after the one that ended on that day, with the plan's reporting period of now. */
    public ReportingPeriodEnd nextPeriod(Long recommendationId, LocalDate lastDay) {
        ReportingPeriod period = planOf(recommendationId).getReportingPeriod();
        return new ReportingPeriodEnd(period, period.endOf(lastDay.plusDays(1)));
    }

    /** 00:00 (plan time zone) of the day after the period's last day: the reports on it are owed from then. */
    public Date owedAt(Long recommendationId, String lastDay) {
        Plan plan = planOf(recommendationId);
        return Date.from(LocalDate.parse(lastDay).plusDays(1).atStartOfDay(plan.zone()).toInstant());
    }

    /** 00:00 of the day {@link #REMINDER_DAYS} days before the report's due date. */
    public Date reminderAt(Long reportId) {
        ProgressReport report = report(reportId);
        return Date.from(calendar(report).reminderAt(report.getDueDate()));
    }

    /** The plan's escalation to the secretariat, counted from the day the report became overdue, as for milestones. */
    public Date escalationAt(Long reportId) {
        ProgressReport report = report(reportId);
        return Date.from(calendar(report).secretariatEscalationAt(report.getDueDate()));
    }

    /**
     * Opens the report on the recommendation for the period that ended on {@code lastDay}, owed by its lead. Empty
     * when none is owed: the recommendation is not in implementation (any more), or the report is open already (a
     * second node, a retried job).
     */
    @Transactional
    public Optional<Opening> open(Long recommendationId, ReportingPeriod period, LocalDate lastDay) {
        ReportedRecommendation recommendation = recommendations.reported(recommendationId);
        LocalDate start = period.startOf(lastDay);
        if (!recommendation.inImplementation() || recommendation.leadOrganisationId() == null
                || reports.existsByRecommendationIdAndPeriodStart(recommendationId, start)) {
            return Optional.empty();
        }
        ProgressReport report = reports.saveAndFlush(new ProgressReport(recommendation.planId(), recommendationId,
                recommendation.leadOrganisationId(), period, start, lastDay, lastDay.plusDays(DAYS_TO_REPORT),
                clock.instant()));
        String lead = organisations.get(recommendation.leadOrganisationId()).getCode();
        audit.record("PROGRESS_REPORT_DUE", AUDIT_SUBJECT, recommendationId, AuditDetails.of(
                "audit.details.progress-report-due", AuditDetails.organisation(lead), recommendation.code(),
                AuditDetails.word("reporting-period.", period), start, lastDay, report.getDueDate()),
                "progress report " + report.getId());
        events.publishEvent(report.step(ProgressReportStep.Step.DUE));
        return Optional.of(new Opening(report.getId(), lead));
    }

    /** Reminds the lead once, unless the report is in; returns whether this call did. */
    @Transactional
    public boolean remind(Long reportId) {
        ProgressReport report = report(reportId);
        if (!report.remind(clock.instant())) {
            return false;
        }
        record(report, "PROGRESS_REPORT_REMINDED", "audit.details.progress-report-reminded");
        events.publishEvent(report.step(ProgressReportStep.Step.REMINDED));
        return true;
    }

    /** Escalates a missing report to the secretariat once, unless it is in; returns whether this call did. */
    @Transactional
    public boolean escalate(Long reportId) {
        ProgressReport report = report(reportId);
        if (!report.escalate(clock.instant())) {
            return false;
        }
        record(report, "PROGRESS_REPORT_ESCALATED", "audit.details.progress-report-escalated");
        events.publishEvent(report.step(ProgressReportStep.Step.ESCALATED));
        return true;
    }

    /**
     * A person of the lead organisation submits the report; nobody else may (an agency reports only for its own
     * organisation). Every problem of the draft is named by its field and nothing is saved while one remains.
     */
    @Transactional
    public void submit(Long reportId, ProgressReportDraft draft) {
        TrackerUser user = CurrentUser.require();
        ProgressReport report = report(reportId);
        if (!user.belongsTo(report.getOrganisationId())) {
            throw new NotPermittedException("progress-report.error.not-yours",
                    organisations.get(report.getOrganisationId()).getCode());
        }
        ProgressReportDraft checked = checked(draft);
        report.submit(checked, user.getUsername(), clock.instant(),
                ComplianceRules.today(clock.instant(), plans.get(report.getPlanId()).zone()));
        reports.saveAndFlush(report);
        record(report, "PROGRESS_REPORT_SUBMITTED", "audit.details.progress-report-submitted", checked.progress());
        events.publishEvent(report.step(ProgressReportStep.Step.SUBMITTED));
    }

    /** The draft checked and normalised; every problem at once, each under its field. */
    static ProgressReportDraft checked(ProgressReportDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.narrative() == null || draft.narrative().isBlank()) {
            problems.add(Problem.of("narrative", "validation.required"));
        }
        InputPolicy.problem("narrative", draft.narrative(), MAX_TEXT).ifPresent(problems::add);
        if (draft.progress() == null) {
            problems.add(Problem.of("progress", "validation.required"));
        } else if (draft.progress() < 0 || draft.progress() > 100) {
            problems.add(Problem.of("progress", "progress-report.error.progress"));
        }
        InputPolicy.problem("obstacles", draft.obstacles(), MAX_TEXT).ifPresent(problems::add);
        if (draft.nextSteps() == null || draft.nextSteps().isBlank()) {
            problems.add(Problem.of("nextSteps", "validation.required"));
        }
        InputPolicy.problem("nextSteps", draft.nextSteps(), MAX_TEXT).ifPresent(problems::add);
        boolean link = draft.evidenceLink() != null && !draft.evidenceLink().isBlank();
        if (link) {
            problems.addAll(EvidencePolicy.linkProblems(draft.evidenceLink()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProgressReportDraft(InputPolicy.normaliseOrNull(draft.narrative()), draft.progress(),
                InputPolicy.normaliseOrNull(draft.obstacles()), InputPolicy.normaliseOrNull(draft.nextSteps()),
                link ? draft.evidenceLink().strip() : null);
    }

    /** The report's lead, recommendation, period and due date are the details' first arguments; {@code more} follow. */
    private void record(ProgressReport report, String action, String detailsKey, Object... more) {
        ReportedRecommendation recommendation = recommendations.reported(report.getRecommendationId());
        List<Object> arguments = new ArrayList<>(List.of(
                AuditDetails.organisation(organisations.get(report.getOrganisationId()).getCode()),
                recommendation.code(), AuditDetails.word("reporting-period.", report.getPeriodKind()),
                report.getPeriodStart(), report.getPeriodEnd(), report.getDueDate()));
        arguments.addAll(List.of(more));
        audit.record(action, AUDIT_SUBJECT, report.getRecommendationId(),
                AuditDetails.of(detailsKey, arguments.toArray()), "progress report " + report.getId());
    }

    private DeadlineCalendar calendar(ProgressReport report) {
        Plan plan = plans.get(report.getPlanId());
        return new DeadlineCalendar(plan.zone(), REMINDER_DAYS, plan.getEscalationSecretariatDays(),
                plan.getEscalationChairDays());
    }

    private Plan planOf(Long recommendationId) {
        return plans.get(recommendations.reported(recommendationId).planId());
    }

    private ProgressReport report(Long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("progress report", id));
    }
}
