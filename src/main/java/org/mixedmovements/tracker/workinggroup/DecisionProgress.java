package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.Wording;
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
 * @param lastDay          majority or no objection: the last day to vote or object, in the plan's time zone (null for
 *                         a consensus, and for a vote opened before votes had a period)
 * @param daysLeft         days from today (plan time zone) to the last day; 0 on the last day
 * @param quorumMissed     the vote closed without its quorum: it waits for the secretariat (extend or meeting)
 * @param extended         the vote was extended once (it may not be again)
 * @param nudgedToday      the members who have not acted were nudged today (plan's zone): no second nudge today
 * @param openedOn         the day it was put to the group, in the plan's time zone
 * @param decidedAt        when it was taken (null while open)
 * @param decidedOn        the day it was taken, in the plan's time zone (null while open)
 */
public record DecisionProgress(Long id, Long planId, DecisionType type, Long recommendationId, Long subjectId,
                               DecisionRule rule, Wording proposal, boolean open, Outcome outcome,
                               String outcomeReason, LocalDate meetingDate, int eligible, int quorumPercent,
                               int quorum, int approvals, int rejections, int votesToQuorum,
                               List<DecisionSummary.CastVote> votes, List<String> awaiting, String recused,
                               boolean tie, LocalDate lastDay, Long daysLeft, boolean quorumMissed,
                               boolean extended, boolean nudgedToday, Instant openedAt, LocalDate openedOn,
                               Instant decidedAt, LocalDate decidedOn) {

    /** Whether the secretariat or the chair may ask the members who have not acted to act, now. */
    public boolean mayBeNudged() {
        return open && rule != DecisionRule.CONSENSUS && !quorumMissed && !awaiting.isEmpty() && !nudgedToday;
    }

    public int cast() {
        return approvals + rejections;
    }

    /** The organisation's own vote (not a casting vote), if it cast one. */
    public DecisionSummary.CastVote voteOf(String organisationCode) {
        return votes.stream().filter(v -> !v.casting() && v.organisationCode().equals(organisationCode))
                .findFirst().orElse(null);
    }
}
