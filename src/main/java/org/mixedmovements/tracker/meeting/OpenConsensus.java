package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.base.Wording;
import org.mixedmovements.tracker.workinggroup.DecisionType;

/** An open decision of the plan that the group takes by consensus at a meeting: one the secretariat may record. */
public record OpenConsensus(Long decisionId, DecisionType type, Long recommendationId, String recommendationCode,
                            String recommendationTitle, Wording proposal) {
}
