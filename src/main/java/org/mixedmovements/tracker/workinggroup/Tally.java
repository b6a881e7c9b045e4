package org.mixedmovements.tracker.workinggroup;

/**
 * The count of a decision's votes and what it means under the decision's rule. Pure: see docs/process-model.md.
 *
 * @param eligible     member organisations that vote on this decision (voting members less the owner)
 * @param quorumPercent share of the eligible organisations that must vote (majority rule)
 * @param closed        the period ended: no further vote comes, so the votes cast are counted as they are
 */
record Tally(DecisionRule rule, int eligible, int quorumPercent, int approvals, int rejections, boolean closed) {

    Tally(DecisionRule rule, int eligible, int quorumPercent, int approvals, int rejections) {
        this(rule, eligible, quorumPercent, approvals, rejections, false);
    }

    int cast() {
        return approvals + rejections;
    }

    int remaining() {
        return Math.max(0, eligible - cast());
    }

    /** Votes needed for the quorum: the percentage of the eligible organisations, rounded up. */
    int quorum() {
        return (eligible * quorumPercent + 99) / 100;
    }

    boolean quorumReached() {
        return cast() >= quorum();
    }

    /**
     * Whether no further vote can change the result. Majority: everyone voted, or the quorum is reached and one side
     * leads by more than the votes still outstanding. No objection: an objection, or everyone answered. Either: the
     * period ended.
     */
    boolean settled() {
        if (closed && rule != DecisionRule.CONSENSUS) {
            return true;
        }
        return switch (rule) {
            case MAJORITY -> remaining() == 0
                    || quorumReached() && (approvals > rejections + remaining() || rejections > approvals + remaining());
            case NO_OBJECTION -> rejections > 0 || remaining() == 0;
            case CONSENSUS -> false;
        };
    }

    /** As many for as against once every vote is in (or the period ended with the quorum): the chair decides. */
    boolean tie() {
        return rule == DecisionRule.MAJORITY && (remaining() == 0 || closed && quorumReached())
                && approvals == rejections && cast() > 0;
    }

    /** The outcome under the rule; {@code casting} is the chair's vote on a tie, if cast. */
    Outcome outcome(VoteChoice casting) {
        return switch (rule) {
            case MAJORITY -> {
                if (!quorumReached() || cast() == 0) {
                    yield Outcome.REJECTED;
                }
                if (approvals == rejections) {
                    yield casting == VoteChoice.APPROVE ? Outcome.APPROVED : Outcome.REJECTED;
                }
                yield approvals > rejections ? Outcome.APPROVED : Outcome.REJECTED;
            }
            case NO_OBJECTION -> rejections > 0 ? Outcome.REJECTED : Outcome.APPROVED;
            case CONSENSUS -> throw new IllegalStateException("a consensus is recorded, not counted");
        };
    }

    String describe() {
        return approvals + " for, " + rejections + " against, " + eligible + " eligible, quorum " + quorum();
    }
}
