package org.mixedmovements.tracker.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit log; immutable once written. */
@Entity
@Immutable
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private Long organisationId;
    private String action;
    private String subjectType;
    private Long subjectId;
    private String summary;
    private String snapshot;
    private String detailsKey;
    private String detailsArgs;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, Long organisationId, String action, String subjectType,
               Long subjectId, String summary, String snapshot, AuditDetails details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organisationId = organisationId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary;
        this.snapshot = snapshot;
        this.detailsKey = details == null ? null : details.key();
        this.detailsArgs = details == null ? null : details.argumentsJson();
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    String getSubjectType() {
        return subjectType;
    }

    Long getSubjectId() {
        return subjectId;
    }

    String getSummary() {
        return summary;
    }

    String getSnapshot() {
        return snapshot;
    }

    /** Null for an entry recorded before details had keys (V26). */
    AuditDetails getDetails() {
        return AuditDetails.read(detailsKey, detailsArgs);
    }
}
