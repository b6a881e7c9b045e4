package org.mixedmovements.tracker.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a thing's history.
 *
 * @param summary the English text recorded with the entry
 * @param details what the entry says, for each reader's language; null for an entry recorded before V26
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String summary, AuditDetails details) {

    /** What the entry says in the reader's language (see {@link AuditDetails#describe}). */
    public String text(Locale locale) {
        return AuditDetails.describe(details, summary, locale);
    }
}
