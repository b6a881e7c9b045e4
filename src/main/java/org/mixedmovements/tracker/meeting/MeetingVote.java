package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * How a member organisation present at a meeting voted on an agenda item's decision, as the secretariat records it:
 * for or against (under "no objection", against is an objection, with its reason). A null choice: it abstains, and
 * nothing is recorded for it.
 */
public record MeetingVote(Long organisationId, VoteChoice choice, String reason) {
}
