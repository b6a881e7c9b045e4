package org.mixedmovements.tracker.meeting;

import java.util.stream.Collectors;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * The count of a decision's votes in words, the same on the meeting page and in the minutes: how many for and
 * against (consents and objections under "no objection") of how many member organisations that vote, the quorum, and
 * who voted how.
 */
public final class MeetingTally {

    private MeetingTally() {
    }

    /** The tally of the decision under its rule; empty for a consensus, which is not counted. */
    public static String words(DecisionSummary decision, AgendaItemView.Words words) {
        if (decision == null || decision.rule() == DecisionRule.CONSENSUS) {
            return "";
        }
        long approvals = decision.votes().stream()
                .filter(v -> !v.casting() && v.choice() == VoteChoice.APPROVE)
                .count();
        long rejections = decision.votes().stream().filter(v -> !v.casting()).count() - approvals;
        String counts = words.text("meetings.tally." + decision.rule().name(), approvals, rejections,
                decision.eligible(), decision.quorum());
        String who = decision.votes().stream().filter(v -> !v.casting())
                .map(v -> words.text("meetings.tally.vote." + decision.rule().name() + "." + v.choice().name(),
                        v.organisationCode()))
                .collect(Collectors.joining(", "));
        return who.isEmpty() ? counts : counts + " " + words.text("meetings.tally.votes", who);
    }
}
