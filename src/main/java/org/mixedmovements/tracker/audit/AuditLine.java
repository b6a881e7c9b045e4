package org.mixedmovements.tracker.audit;

import java.time.Instant;

/**
 * One line of a history with the acting user's organisation (null for the system) and the state of the thing the
 * feature that recorded it wrote down ({@code snapshot}: for example which evidence was added).
 */
public record AuditLine(Long id, Instant occurredAt, String actor, Long organisationId, String action,
                        String subjectType, Long subjectId, String summary, String snapshot) {
}
