package org.mixedmovements.tracker.api;

import org.mixedmovements.tracker.base.security.TrackerUser;

/** Who a presented token acts for, and which token it was (for the audit log and the calendar's choice of feed). */
public record TokenUser(TrackerUser user, Long tokenId, String tokenName, TokenKind kind) {
}
