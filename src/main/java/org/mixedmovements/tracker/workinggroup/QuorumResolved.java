package org.mixedmovements.tracker.workinggroup;

/**
 * The secretariat decided what happens to a vote that closed without its quorum: extended once (a second period) or
 * put to a meeting (decided by consensus there).
 */
public record QuorumResolved(Long decisionId, Long recommendationId, boolean extended) {
}
