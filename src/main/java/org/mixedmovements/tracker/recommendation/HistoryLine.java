package org.mixedmovements.tracker.recommendation;

import java.time.Instant;
import org.mixedmovements.tracker.milestone.EvidenceItem;

/**
 * One thing someone did on a recommendation or its milestones; organisation null when the system acted; the evidence
 * it added, if any and while it is kept.
 */
public record HistoryLine(Long id, Instant occurredAt, String actor, String organisationCode, String action,
                          String summary, EvidenceItem evidence) {
}
