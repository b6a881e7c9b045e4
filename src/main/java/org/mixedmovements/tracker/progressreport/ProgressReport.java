package org.mixedmovements.tracker.progressreport;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.plan.ReportingPeriod;

/** A lead organisation's report on one recommendation for one reporting period: owed from the period's end. */
@Entity
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long recommendationId;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private ReportingPeriod periodKind;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate dueDate;
    private Instant openedAt;
    private Instant remindedAt;
    private Instant escalatedAt;
    private Instant submittedAt;
    private LocalDate submittedOn;
    private String submittedBy;
    private String narrative;
    private Integer progress;
    private String obstacles;
    private String nextSteps;
    private String evidenceLink;
    @Version
    private long version;

    protected ProgressReport() {
    }

    ProgressReport(Long planId, Long recommendationId, Long organisationId, ReportingPeriod periodKind,
                   LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, Instant openedAt) {
        this.planId = planId;
        this.recommendationId = recommendationId;
        this.organisationId = organisationId;
        this.periodKind = periodKind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.dueDate = dueDate;
        this.openedAt = openedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Records the reminder once; false when it was sent already or the report is in. */
    boolean remind(Instant now) {
        if (isSubmitted() || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** Records the escalation once; false when it happened already or the report is in. */
    boolean escalate(Instant now) {
        if (isSubmitted() || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    /** Takes a draft already checked; a report is submitted once. */
    void submit(ProgressReportDraft draft, String by, Instant at, LocalDate on) {
        if (isSubmitted()) {
            throw new StateConflictException("progress-report.error.submitted");
        }
        narrative = draft.narrative();
        progress = draft.progress();
        obstacles = draft.obstacles();
        nextSteps = draft.nextSteps();
        evidenceLink = draft.evidenceLink();
        submittedBy = by;
        submittedAt = at;
        submittedOn = on;
    }

    ProgressReportStep step(ProgressReportStep.Step step) {
        return new ProgressReportStep(step, id, recommendationId, organisationId, periodKind, periodStart, dueDate);
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    Long getRecommendationId() {
        return recommendationId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    ReportingPeriod getPeriodKind() {
        return periodKind;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    LocalDate getSubmittedOn() {
        return submittedOn;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    String getNarrative() {
        return narrative;
    }

    Integer getProgress() {
        return progress;
    }

    String getObstacles() {
        return obstacles;
    }

    String getNextSteps() {
        return nextSteps;
    }

    String getEvidenceLink() {
        return evidenceLink;
    }
}
