package org.mixedmovements.tracker.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The count of a decision's votes under each rule (docs/process-model.md), without a database or an engine. */
class TallyTest {

    private static Tally majority(int eligible, int approvals, int rejections) {
        return new Tally(DecisionRule.MAJORITY, eligible, 50, approvals, rejections);
    }

    private static Tally noObjection(int eligible, int approvals, int rejections) {
        return new Tally(DecisionRule.NO_OBJECTION, eligible, 50, approvals, rejections);
    }

    @Test
    void the_quorum_is_the_share_of_the_eligible_members_rounded_up() {
        assertThat(majority(6, 0, 0).quorum()).isEqualTo(3);
        assertThat(majority(5, 0, 0).quorum()).isEqualTo(3);
        assertThat(new Tally(DecisionRule.MAJORITY, 5, 60, 0, 0).quorum()).isEqualTo(3);
        assertThat(new Tally(DecisionRule.MAJORITY, 5, 61, 0, 0).quorum()).isEqualTo(4);
        assertThat(new Tally(DecisionRule.MAJORITY, 6, 100, 0, 0).quorum()).isEqualTo(6);
    }

    @Test
    void a_majority_is_settled_once_the_quorum_is_reached_and_the_outstanding_votes_cannot_turn_it() {
        // 6 eligible, quorum 3: 3 for, 0 against, 3 outstanding could still tie it
        assertThat(majority(6, 3, 0).settled()).isFalse();
        // 4 for: 2 outstanding cannot turn it
        assertThat(majority(6, 4, 0).settled()).isTrue();
        assertThat(majority(6, 4, 0).outcome(null)).isEqualTo(Outcome.APPROVED);
        assertThat(majority(6, 0, 4).outcome(null)).isEqualTo(Outcome.REJECTED);
        // a lead of one before the quorum settles nothing
        assertThat(majority(6, 2, 0).settled()).isFalse();
    }

    @Test
    void a_majority_without_its_quorum_is_rejected_when_everyone_has_answered_or_it_closes() {
        Tally few = new Tally(DecisionRule.MAJORITY, 6, 100, 4, 0);
        assertThat(few.quorumReached()).isFalse();
        assertThat(few.outcome(null)).isEqualTo(Outcome.REJECTED);
        assertThat(majority(6, 0, 0).outcome(null)).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void a_tie_when_everyone_voted_goes_the_way_of_the_chairs_casting_vote() {
        Tally tie = majority(4, 2, 2);
        assertThat(tie.settled()).isTrue();
        assertThat(tie.tie()).isTrue();
        assertThat(tie.outcome(VoteChoice.APPROVE)).isEqualTo(Outcome.APPROVED);
        assertThat(tie.outcome(VoteChoice.REJECT)).isEqualTo(Outcome.REJECTED);
        assertThat(tie.outcome(null)).isEqualTo(Outcome.REJECTED);
        assertThat(majority(4, 2, 1).tie()).isFalse();
    }

    @Test
    void under_no_objection_one_objection_settles_it_as_rejected_and_silence_is_consent() {
        assertThat(noObjection(5, 0, 1).settled()).isTrue();
        assertThat(noObjection(5, 0, 1).outcome(null)).isEqualTo(Outcome.REJECTED);
        assertThat(noObjection(5, 2, 0).settled()).isFalse();
        assertThat(noObjection(5, 5, 0).settled()).isTrue();
        // the period ended with no objection: approved whoever answered
        assertThat(noObjection(5, 0, 0).outcome(null)).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void a_consensus_is_recorded_at_a_meeting_never_counted() {
        Tally consensus = new Tally(DecisionRule.CONSENSUS, 5, 50, 5, 0);
        assertThat(consensus.settled()).isFalse();
        assertThat(consensus.tie()).isFalse();
        assertThatThrownBy(() -> consensus.outcome(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_remaining_votes_never_go_below_zero() {
        assertThat(majority(3, 3, 1).remaining()).isZero();
        assertThat(majority(3, 1, 1).remaining()).isEqualTo(1);
        assertThat(majority(3, 1, 1).describe()).isEqualTo("1 for, 1 against, 3 eligible, quorum 2");
    }

    @Test
    void when_the_period_ends_the_votes_cast_are_final_and_equal_votes_with_the_quorum_are_a_tie() {
        Tally closed = new Tally(DecisionRule.MAJORITY, 6, 50, 2, 2, true);
        assertThat(closed.settled()).isTrue();
        assertThat(closed.tie()).isTrue();
        assertThat(new Tally(DecisionRule.MAJORITY, 6, 50, 2, 2, false).tie()).isFalse();
        // without the quorum it is not a tie for the chair: the decision goes back to the secretariat
        assertThat(new Tally(DecisionRule.MAJORITY, 6, 50, 1, 1, true).tie()).isFalse();
        assertThat(new Tally(DecisionRule.NO_OBJECTION, 6, 50, 1, 0, true).settled()).isTrue();
    }
}
