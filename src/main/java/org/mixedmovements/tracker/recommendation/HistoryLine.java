package org.mixedmovements.tracker.recommendation;

import java.time.Instant;
import java.util.Locale;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.milestone.EvidenceItem;

/**
 * One thing someone did on a recommendation or its milestones; organisation null when the system acted; the evidence
 * it added, if any and while it is kept.
 *
 * @param summary the English text recorded with the entry
 * @param details what the entry says, for each reader's language (null for an entry recorded before V26)
 */
public record HistoryLine(Long id, Instant occurredAt, String actor, String organisationCode, String action,
                          String summary, AuditDetails details, EvidenceItem evidence) {

    /** What was done, in the reader's language (see {@link AuditDetails#describe}). */
    public String text(Locale locale) {
        return AuditDetails.describe(details, summary, locale);
    }
}
