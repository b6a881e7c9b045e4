package org.mixedmovements.tracker.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a decision stands under its rule, with the numbers a member needs before voting.
 *
 * @param quorum           votes needed for the quorum (majority rule): eligible × quorum %, rounded up
 * @param votesToQuorum    votes still needed to reach the quorum (0 once reached)
 * @param awaiting         eligible organisations that have not voted yet, by code
 * @param recused          the organisation that owns what is decided, when it is a voting member (it does not vote)
 * @param tie              the votes are tied and the chair's casting vote is awaited
 * @param objectionLastDay no objection: the last day to object, in the plan's time zone
 * @param objectionDaysLeft no objection: days from today (plan time zone) to the last day; 0 on the last day
 * @param openedOn         the day it was put to the group, in the plan's time zone
 * @param decidedAt        when it was taken (null while open)
 * @param decidedOn        the day it was taken, in the plan's time zone (null while open)
 */
public record DecisionProgress(Long id, Long planId, DecisionType type, Long recommendationId, Long subjectId,
                               DecisionRule rule, String proposal, boolean open, Outcome outcome,
                               String outcomeReason, LocalDate meetingDate, int eligible, int quorumPercent,
                               int quorum, int approvals, int rejections, int votesToQuorum,
                               List<DecisionSummary.CastVote> votes, List<String> awaiting, String recused,
                               boolean tie, LocalDate objectionLastDay, Long objectionDaysLeft, Instant openedAt,
                               LocalDate openedOn, Instant decidedAt, LocalDate decidedOn) {

    public int cast() {
        return approvals + rejections;
    }

    /** The organisation's own vote (not a casting vote), if it cast one. */
    public DecisionSummary.CastVote voteOf(String organisationCode) {
        return votes.stream().filter(v -> !v.casting() && v.organisationCode().equals(organisationCode))
                .findFirst().orElse(null);
    }
}
