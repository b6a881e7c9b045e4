package org.mixedmovements.tracker.audit;

import java.time.Instant;

/** One entry of the audit log with the state its subject was in (the snapshot): what a history is rebuilt from. */
public record AuditRecord(Instant occurredAt, String action, Long subjectId, String summary, String snapshot) {
}
