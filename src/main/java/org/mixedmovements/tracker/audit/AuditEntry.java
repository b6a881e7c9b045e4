package org.mixedmovements.tracker.audit;

import java.time.Instant;

/** One line of a thing's history, as the UI shows it. */
public record AuditEntry(Instant occurredAt, String actor, String action, String summary) {
}
