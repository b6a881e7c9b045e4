package org.mixedmovements.tracker.api;

import java.time.Instant;

/** A token as its user's list shows it: never its secret, only the public prefix that names it. */
public record TokenSummary(Long id, TokenKind kind, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
