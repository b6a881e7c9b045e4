package org.mixedmovements.tracker.audit;

import java.time.Instant;

/**
 * Which entries of the audit log to read; a null part does not filter.
 *
 * @param actor          who acted (the username, exactly)
 * @param action         what was done (the action code an entry carries)
 * @param organisationId the acting person's organisation
 * @param subjectType    what the entry is about, with {@code subjectId} (for example a recommendation)
 * @param from           entries at or after this moment
 * @param until          entries before this moment
 */
public record AuditFilter(String actor, String action, Long organisationId, String subjectType, Long subjectId,
                          Instant from, Instant until) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null, null);
}
