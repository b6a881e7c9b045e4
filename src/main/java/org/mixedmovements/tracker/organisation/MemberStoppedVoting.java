package org.mixedmovements.tracker.organisation;

/** A member organisation keeps its seat but no longer votes: its open votes no longer count. */
public record MemberStoppedVoting(Long organisationId, String organisationCode) {
}
