package org.mixedmovements.tracker.milestone;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder, an overdue mark or an escalation, once per milestone, kind and due date. */
@Entity
@Table(name = "milestone_deadline_event")
class DeadlineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long milestoneId;
    @Enumerated(EnumType.STRING)
    private DeadlineEventKind kind;
    private LocalDate dueDate;
    private Instant occurredAt;

    protected DeadlineEvent() {
    }

    DeadlineEvent(Long milestoneId, DeadlineEventKind kind, LocalDate dueDate, Instant occurredAt) {
        this.milestoneId = milestoneId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.occurredAt = occurredAt;
    }

    DeadlineEventKind getKind() {
        return kind;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
