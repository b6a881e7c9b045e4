package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.Wording;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the approvals and history views show it: what, by which rule, the votes so far, the outcome.
 *
 * @param lastDay the last day to vote or object, in the plan's time zone (null for a consensus)
 */
public record DecisionSummary(Long id, DecisionType type, Long recommendationId, Long subjectId, DecisionRule rule,
                              Wording proposal, int eligible, int quorum, List<CastVote> votes, Instant closesAt,
                              LocalDate lastDay,
                              boolean open, Outcome outcome, String outcomeReason, LocalDate meetingDate,
                              String minutes) {

    /** One vote: which organisation, who cast it, what, why, and whether it is the chair's casting vote. */
    public record CastVote(String organisationCode, String voter, VoteChoice choice, String reason, boolean casting,
                           Instant castAt) {
    }
}
