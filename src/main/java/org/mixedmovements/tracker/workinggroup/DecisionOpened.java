package org.mixedmovements.tracker.workinggroup;

import java.time.LocalDate;

/**
 * A decision was put to the working group: its members must act (vote, or object within the period), or, for a
 * consensus, the secretariat must record it at a meeting.
 *
 * @param ownerOrganisationId the organisation that owns what is decided: it does not vote (null when none)
 * @param lastDay             majority or no objection: the last day to vote or object, in the plan's time zone; null
 *                            for a consensus (taken at a meeting)
 * @param quorum              majority: the votes the quorum needs
 */
public record DecisionOpened(Long decisionId, DecisionType type, DecisionRule rule, Long recommendationId,
                             Long ownerOrganisationId, LocalDate lastDay, int quorum) {
}
