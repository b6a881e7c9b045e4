package org.mixedmovements.tracker.compliance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.MilestoneFacts;
import org.mixedmovements.tracker.milestone.ReportedStatus;

/** A row of the compliance read model: one milestone in force, its facts and its status as of {@code evaluatedOn}. */
@Entity
class MilestoneCompliance {

    @Id
    private Long milestoneId;
    private Long planId;
    private Long recommendationId;
    private String theme;
    @Enumerated(EnumType.STRING)
    private CoordinationLevel coordinationLevel;
    private Long ownerOrganisationId;
    private String countryIso2;
    private String planZone;
    private int atRiskDays;
    private LocalDate plannedStart;
    private LocalDate baselineDue;
    private LocalDate currentDue;
    private LocalDate completedOn;
    @Enumerated(EnumType.STRING)
    private ReportedStatus reportedStatus;
    private int progress;
    @Enumerated(EnumType.STRING)
    private ComplianceStatus complianceStatus;
    private int slippageDays;
    private LocalDate evaluatedOn;

    protected MilestoneCompliance() {
    }

    MilestoneCompliance(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    /** Takes the milestone's current facts and evaluates its status on the day given (in the plan's zone). */
    void update(MilestoneFacts facts, LocalDate today) {
        this.planId = facts.planId();
        this.recommendationId = facts.recommendationId();
        this.theme = facts.theme();
        this.coordinationLevel = facts.level();
        this.ownerOrganisationId = facts.ownerOrganisationId();
        this.countryIso2 = facts.countryIso2();
        this.planZone = facts.planZone().getId();
        this.atRiskDays = facts.atRiskDays();
        this.plannedStart = facts.plannedStart();
        this.baselineDue = facts.baselineDue();
        this.currentDue = facts.currentDue();
        this.completedOn = facts.completedOn();
        this.reportedStatus = facts.reportedStatus();
        this.progress = facts.progress();
        this.slippageDays = (int) ComplianceRules.slippageDays(baselineDue, currentDue);
        evaluate(today);
    }

    /** Re-evaluates the status for another day; the facts stay. */
    void evaluate(LocalDate today) {
        this.complianceStatus = ComplianceRules.statusOf(reportedStatus, progress, plannedStart, currentDue,
                completedOn, today, atRiskDays);
        this.evaluatedOn = today;
    }

    ZoneId zone() {
        return ZoneId.of(planZone);
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    Long getPlanId() {
        return planId;
    }

    Long getRecommendationId() {
        return recommendationId;
    }

    ComplianceStatus getComplianceStatus() {
        return complianceStatus;
    }

    int getProgress() {
        return progress;
    }

    LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    /** The comparable content of the row, for checking the kept model against a rebuild. */
    String signature() {
        return String.join("|", Objects.toString(milestoneId), Objects.toString(planId),
                Objects.toString(recommendationId), theme, Objects.toString(coordinationLevel),
                Objects.toString(ownerOrganisationId), Objects.toString(countryIso2), planZone,
                Integer.toString(atRiskDays), Objects.toString(plannedStart), Objects.toString(baselineDue),
                Objects.toString(currentDue), Objects.toString(completedOn), Objects.toString(reportedStatus),
                Integer.toString(progress), Objects.toString(complianceStatus), Integer.toString(slippageDays),
                Objects.toString(evaluatedOn));
    }
}
