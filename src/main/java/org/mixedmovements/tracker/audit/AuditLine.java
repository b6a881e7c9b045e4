package org.mixedmovements.tracker.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a history with the acting user's organisation (null for the system) and the state of the thing the
 * feature that recorded it wrote down ({@code snapshot}: for example which evidence was added).
 *
 * @param summary the English text recorded with the entry
 * @param details what the entry says, for each reader's language; null for an entry recorded before V26
 */
public record AuditLine(Long id, Instant occurredAt, String actor, Long organisationId, String action,
                        String subjectType, Long subjectId, String summary, String snapshot, AuditDetails details) {

    /** As the query reads a row: the details' key and arguments as stored. */
    public AuditLine(Long id, Instant occurredAt, String actor, Long organisationId, String action,
                     String subjectType, Long subjectId, String summary, String snapshot, String detailsKey,
                     String detailsArgs) {
        this(id, occurredAt, actor, organisationId, action, subjectType, subjectId, summary, snapshot,
                AuditDetails.read(detailsKey, detailsArgs));
    }

    /** What the entry says in the reader's language (see {@link AuditDetails#describe}). */
    public String text(Locale locale) {
        return AuditDetails.describe(details, summary, locale);
    }
}
