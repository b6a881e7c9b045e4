package org.mixedmovements.tracker.milestone;

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

/** An owner's request to move a milestone's due date, decided by the working group. */
@Entity
class DeadlineChange {

    enum Status { PENDING, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long milestoneId;
    private LocalDate currentDue;
    private LocalDate requestedDue;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long decisionId;
    @Version
    private long version;

    protected DeadlineChange() {
    }

    DeadlineChange(Long milestoneId, LocalDate currentDue, LocalDate requestedDue, String reason, String requestedBy,
                   Instant requestedAt) {
        this.milestoneId = milestoneId;
        this.currentDue = currentDue;
        this.requestedDue = requestedDue;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = Status.PENDING;
    }

    void decided(boolean approved) {
        if (status != Status.PENDING) {
            throw new StateConflictException("deadline.error.already-decided");
        }
        status = approved ? Status.APPROVED : Status.REFUSED;
    }

    void underDecision(Long decision) {
        this.decisionId = decision;
    }

    Long getId() {
        return id;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    LocalDate getCurrentDue() {
        return currentDue;
    }

    LocalDate getRequestedDue() {
        return requestedDue;
    }

    String getReason() {
        return reason;
    }

    Status getStatus() {
        return status;
    }
}
