package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.InputPolicy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.StateConflictException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A dated step of a recommendation's implementation. The baseline due date is fixed when the plan is approved; the
 * current due date moves only through an approved deadline change, so the difference is the slippage. Each change of
 * state checks the current state, refuses a bad move and registers its {@link MilestoneEvent}, published when the
 * milestone is saved.
 */
@Entity
public class Milestone extends AbstractAggregateRoot<Milestone> {

    static final int MAX_SEARCH_TEXT = 300;

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
    private LocalDate submittedDoneOn;
    private String evidenceNote;
    private Instant createdAt;
    @Version
    private long version;
    /** The milestones this one waits for (finish-to-start), of the same plan; see {@link MilestoneDependencies}. */
    @ElementCollection
    @CollectionTable(name = "milestone_dependency", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "predecessor_id")
    private Set<Long> predecessorIds = new LinkedHashSet<>();
    /** The name in search form (see {@link SearchText}); kept by {@link #indexForSearch()}. */
    private String searchText;

    protected Milestone() {
    }

    Milestone(Long recommendationId, MilestoneDraft draft, LocalDate defaultStart, Instant now) {
        this.recommendationId = recommendationId;
        this.name = InputPolicy.normalise(draft.name());
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
        registerEvent(new MilestoneActivated(id, recommendationId, ownerOrganisationId, currentDue));
    }

    /**
     * The owner's report. Done means 100% and is submitted on that day (plan time zone); the milestone counts as
     * completed on that day once accepted (see {@link #complete()}).
     */
    void report(ReportedStatus status, int newProgress, String evidence, LocalDate today) {
        if (state != MilestoneState.APPROVED) {
            throw new StateConflictException("milestone.error.not-approved", name);
        }
        if (reportedStatus == ReportedStatus.DONE) {
            throw new StateConflictException("milestone.error.already-done", name);
        }
        this.reportedStatus = status;
        this.progress = status == ReportedStatus.DONE ? 100 : newProgress;
        this.submittedDoneOn = status == ReportedStatus.DONE ? today : null;
        this.evidenceNote = evidence;
        registerEvent(new MilestoneReported(id, recommendationId, reportedStatus, progress));
    }

    /** Accepted (by the group where evidence is required): completed on the day the owner submitted it as done. */
    void complete() {
        if (reportedStatus != ReportedStatus.DONE || submittedDoneOn == null) {
            throw new StateConflictException("milestone.error.not-done", name);
        }
        this.completedOn = submittedDoneOn;
        registerEvent(new MilestoneCompleted(id, recommendationId, completedOn));
    }

    /** The group did not accept the evidence: the owner works on. */
    void reopen() {
        this.reportedStatus = ReportedStatus.IN_PROGRESS;
        this.submittedDoneOn = null;
        this.completedOn = null;
        registerEvent(new MilestoneReopened(id, recommendationId));
    }

    /** An approved deadline change: the current due date moves, the baseline stays. */
    void moveDueDate(LocalDate newDue) {
        LocalDate previous = currentDue;
        this.currentDue = newDue;
        registerEvent(new MilestoneDueDateMoved(id, recommendationId, previous, newDue));
    }

    /** The secretariat or the chair gives the milestone to another organisation, for the reason given. */
    void changeOwner(OwnerChange change) {
        if (isCompleted()) {
            throw new StateConflictException("assign.error.completed", name);
        }
        Long previous = ownerOrganisationId;
        this.ownerOrganisationId = change.newOwnerId();
        registerEvent(new MilestoneOwnerChanged(id, recommendationId, name, previous, change.previousOwnerCode(),
                change.newOwnerId(), change.newOwnerCode(), change.reason(), change.changedBy()));
    }

    /** Who takes the milestone over, from whom, why and by whose decision. */
    record OwnerChange(String previousOwnerCode, Long newOwnerId, String newOwnerCode, String reason,
                       String changedBy) {
    }

    /** This milestone starts when the other is finished. */
    void waitFor(Long predecessorId) {
        if (predecessorId.equals(id)) {
            throw new StateConflictException("plan.error.waits-for-itself", name);
        }
        predecessorIds.add(predecessorId);
    }

    void stopWaitingFor(Long predecessorId) {
        predecessorIds.remove(predecessorId);
    }

    Set<Long> getPredecessorIds() {
        return Set.copyOf(predecessorIds);
    }

    @PrePersist
    @PreUpdate
    public void indexForSearch() {
        searchText = SearchText.of(MAX_SEARCH_TEXT, name);
    }

    boolean isCompleted() {
        return completedOn != null;
    }

    /** Reported done and not completed yet: the working group is deciding on it (where evidence is required). */
    boolean awaitsTheGroup() {
        return reportedStatus == ReportedStatus.DONE && completedOn == null;
    }

    MilestoneDraft toDraft(List<Predecessor> predecessors) {
        return new MilestoneDraft(name, ownerOrganisationId, countryIso2, plannedStart, currentDue, evidenceRequired,
                predecessors);
    }

    /** Counts the saved changes (JPA's optimistic lock): what a caller names so as not to save over another's. */
    public long getVersion() {
        return version;
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

    public LocalDate getSubmittedDoneOn() {
        return submittedDoneOn;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
