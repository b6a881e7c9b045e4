package org.mixedmovements.tracker.api;

/**
 * A token just created: the secret is shown this once and never stored (only its hash is). For a calendar feed,
 * {@code secret} is the part of the feed's URL after {@code /calendar/}, without {@code .ics}.
 */
public record NewToken(TokenSummary token, String secret) {
}
