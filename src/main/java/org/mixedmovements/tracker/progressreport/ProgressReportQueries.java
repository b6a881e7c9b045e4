package org.mixedmovements.tracker.progressreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of progress reports for the dashboard's "who must act now", the scorecard, the meeting pack, the compliance
 * report and the recommendation page. Open to every signed-in reader, as the plan's figures are.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportQueries {

    private final ProgressReportRepository reports;
    private final ReportingDirectory recommendations;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final Clock clock;

    ProgressReportQueries(ProgressReportRepository reports, ReportingDirectory recommendations,
                          OrganisationService organisations, PlanService plans, Clock clock) {
        this.reports = reports;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.plans = plans;
        this.clock = clock;
    }

    /** One report, or {@code NotFoundException}. */
    public ProgressReportRow get(Long reportId) {
        ProgressReport report = reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("progress report", reportId));
        return rows(List.of(report), today(report.getPlanId())).get(0);
    }

    /** The plan's reports owed and not submitted, due first; each says whether it is overdue already. */
    public List<ProgressReportRow> open(Long planId) {
        return rows(reports.findByPlanIdAndSubmittedAtIsNullOrderByDueDateAscIdAsc(planId), today(planId));
    }

    /**
     * The plan's missing reports: owed, not submitted and past their due date (plan time zone), the longest missing
     * first; each with its organisation, recommendation, period and due date.
     */
    public List<ProgressReportRow> missing(Long planId) {
        return open(planId).stream().filter(ProgressReportRow::overdue).toList();
    }

    /** The plan's reports submitted at or after that moment (the last meeting, for instance), oldest first. */
    public List<ProgressReportRow> submittedSince(Long planId, Instant since) {
        return rows(reports.findByPlanIdAndSubmittedAtGreaterThanEqualOrderBySubmittedAtAscIdAsc(planId, since),
                today(planId));
    }

    /** Every report owed on the recommendation, submitted or not, the latest period first. */
    public List<ProgressReportRow> ofRecommendation(Long recommendationId) {
        List<ProgressReport> found = reports.findByRecommendationIdOrderByPeriodStartDescIdDesc(recommendationId);
        return found.isEmpty() ? List.of() : rows(found, today(found.get(0).getPlanId()));
    }

    private LocalDate today(Long planId) {
        return ComplianceRules.today(clock.instant(), plans.get(planId).zone());
    }

    private List<ProgressReportRow> rows(List<ProgressReport> found, LocalDate today) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportedRecommendation> byId = recommendations.reported(
                found.stream().map(ProgressReport::getRecommendationId).distinct().toList());
        Map<Long, Organisation> organisationsById = new HashMap<>();
        return found.stream().map(r -> {
            ReportedRecommendation recommendation = byId.get(r.getRecommendationId());
            Organisation lead = organisationsById.computeIfAbsent(r.getOrganisationId(), organisations::get);
            return new ProgressReportRow(r.getId(), r.getRecommendationId(), recommendation.code(),
                    recommendation.title(), lead.getId(), lead.getCode(), lead.getName(), r.getPeriodKind(),
                    r.getPeriodStart(), r.getPeriodEnd(), r.getDueDate(),
                    !r.isSubmitted() && today.isAfter(r.getDueDate()), r.getEscalatedAt() != null,
                    r.getSubmittedAt(), r.getSubmittedOn(), r.getSubmittedBy(), r.getNarrative(), r.getProgress(),
                    r.getObstacles(), r.getNextSteps(), r.getEvidenceLink());
        }).toList();
    }
}
