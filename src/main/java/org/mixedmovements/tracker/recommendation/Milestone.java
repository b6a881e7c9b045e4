package org.mixedmovements.tracker.recommendation;

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

/**
 * A dated step of a recommendation's implementation. The baseline due date is fixed when the plan is approved; the
 * current due date moves only through an approved deadline change, so the difference is the slippage.
 */
@Entity
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long recommendationId;
    private String name;
    private Long ownerOrganisationId;
    private String countryIso2;
    private LocalDate plannedStart;
    private LocalDate baselineDue;
    private LocalDate currentDue;
    private boolean evidenceRequired;
    @Enumerated(EnumType.STRING)
    private MilestoneState state;
    @Enumerated(EnumType.STRING)
    private ReportedStatus reportedStatus;
    private int progress;
    private LocalDate completedOn;
    private Instant createdAt;
    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Long recommendationId, MilestoneDraft draft, LocalDate defaultStart, Instant now) {
        this.recommendationId = recommendationId;
        this.name = draft.name().strip();
        this.ownerOrganisationId = draft.ownerOrganisationId();
        this.countryIso2 = draft.countryIso2();
        this.plannedStart = draft.plannedStart() != null ? draft.plannedStart() : defaultStart;
        this.baselineDue = draft.dueDate();
        this.currentDue = draft.dueDate();
        this.evidenceRequired = draft.evidenceRequired();
        this.state = MilestoneState.PROPOSED;
        this.reportedStatus = ReportedStatus.NOT_STARTED;
        this.progress = 0;
        this.createdAt = now;
    }

    void approve() {
        if (state != MilestoneState.PROPOSED) {
            throw new StateConflictException("milestone.error.already-approved", name);
        }
        state = MilestoneState.APPROVED;
    }

    /** The owner's report. Done means 100% and completes the milestone on that day (in the plan's time zone). */
    void report(ReportedStatus status, int newProgress, LocalDate today) {
        if (state != MilestoneState.APPROVED) {
            throw new StateConflictException("milestone.error.not-approved", name);
        }
        if (reportedStatus == ReportedStatus.DONE) {
            throw new StateConflictException("milestone.error.already-done", name);
        }
        this.reportedStatus = status;
        this.progress = status == ReportedStatus.DONE ? 100 : newProgress;
        this.completedOn = status == ReportedStatus.DONE ? today : null;
    }

    public ComplianceStatus complianceOn(LocalDate today, int atRiskDays) {
        return ComplianceRules.statusOf(reportedStatus, progress, plannedStart, currentDue, completedOn, today,
                atRiskDays);
    }

    MilestoneDraft toDraft() {
        return new MilestoneDraft(name, ownerOrganisationId, countryIso2, plannedStart, currentDue, evidenceRequired);
    }

    public Long getId() {
        return id;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public String getName() {
        return name;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public String getCountryIso2() {
        return countryIso2;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getBaselineDue() {
        return baselineDue;
    }

    public LocalDate getCurrentDue() {
        return currentDue;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public MilestoneState getState() {
        return state;
    }

    public ReportedStatus getReportedStatus() {
        return reportedStatus;
    }

    public int getProgress() {
        return progress;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
