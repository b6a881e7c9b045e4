package org.mixedmovements.tracker.recommendation;

import java.time.Instant;

/** One thing someone did on a recommendation or its milestones; organisation null when the system acted. */
public record HistoryLine(Long id, Instant occurredAt, String actor, String organisationCode, String action,
                          String summary) {
}
