package org.mixedmovements.tracker.recommendation;

import java.time.Instant;

/** A comment as the recommendation page shows it; the text is plain text. */
public record CommentLine(Long id, Instant writtenAt, String author, String organisationCode, Long milestoneId,
                          String milestoneName, String text) {
}
