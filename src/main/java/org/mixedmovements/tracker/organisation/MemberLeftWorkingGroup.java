package org.mixedmovements.tracker.organisation;

/** An organisation left the working group: it no longer votes, and its open votes no longer count. */
public record MemberLeftWorkingGroup(Long organisationId, String organisationCode) {
}
