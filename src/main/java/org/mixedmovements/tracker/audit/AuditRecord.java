package org.mixedmovements.tracker.audit;

import java.time.Instant;

/**
 * One entry of the audit log with the state its subject was in (the snapshot): what a history is rebuilt from.
 *
 * @param details the entry's key and arguments; null for an entry recorded before V26 (then read the summary)
 */
public record AuditRecord(Instant occurredAt, String action, Long subjectId, String summary, String snapshot,
                          AuditDetails details) {
}
