package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.base.Wording;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * A meeting with its minutes and the decisions taken there; scheduled ahead, also its start and end (with
 * {@code zone}, the meeting's own time zone), place, language, agenda, attendance and action points (null or empty for
 * a meeting recorded after the fact). {@code ballots}: the decisions of the agenda's vote and objection items, by decision id,
 * with their rule, quorum and the votes cast so far.
 */
public record MeetingDetails(Long id, Long planId, String planCode, String planTitle, ZoneId planZone,
                             LocalDate heldOn, String title, String minutes, List<String> participantCodes,
                             String recordedBy, Instant recordedAt, List<DecisionTakenHere> decisions,
                             MeetingState state, Instant startsAt, Instant endsAt, ZoneId zone, String place,
                             String language,
                             List<Long> participantIds, List<AgendaItemView> agenda, List<ActionPointRow> actionPoints,
                             Map<Long, DecisionSummary> ballots) {

    /** Scheduled ahead (with an agenda), not recorded after the fact. */
    public boolean hasAgenda() {
        return startsAt != null;
    }

    /** One decision taken at the meeting. */
    public record DecisionTakenHere(Long decisionId, DecisionType type, Long recommendationId,
                                    String recommendationCode, String recommendationTitle, Wording proposal,
                                    Outcome outcome, String reason) {
    }
}
