package org.mixedmovements.tracker.workinggroup;

import java.time.LocalDate;
import java.util.List;

/**
 * The members of these organisations have not voted (or objected or consented) on an open decision, and are asked
 * to: the period closes soon, the secretariat or the chair nudged them, or the secretariat extended the vote after it
 * closed without its quorum.
 *
 * @param organisationIds the voting organisations that have not acted
 * @param lastDay         the last day to act, in the plan's time zone
 * @param nudgedBy        who sent the nudge (username), only for {@link Why#NUDGE}
 */
public record MembersAwaited(Long decisionId, DecisionType type, DecisionRule rule, Long recommendationId,
                             List<Long> organisationIds, LocalDate lastDay, Why why, String nudgedBy) {

    /** Why the members are asked again. */
    public enum Why {
        /** The plan's reminder days before closing. */
        CLOSING_SOON,
        /** The secretariat or the chair sent a nudge. */
        NUDGE,
        /** The vote was extended: a second period, with a new last day. */
        EXTENDED
    }
}
