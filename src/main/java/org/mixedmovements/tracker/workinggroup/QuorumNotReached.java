package org.mixedmovements.tracker.workinggroup;

import java.time.LocalDate;

/**
 * A vote's period ended without its quorum: the decision goes back to the secretariat, who extends it once or puts
 * it to a meeting.
 *
 * @param cast    votes cast when it closed
 * @param quorum  votes the quorum needed
 * @param lastDay the last day it was open, in the plan's time zone
 */
public record QuorumNotReached(Long decisionId, DecisionType type, Long recommendationId, int cast, int quorum,
                               LocalDate lastDay, boolean mayExtend) {
}
