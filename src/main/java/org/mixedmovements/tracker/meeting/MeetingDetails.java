package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.base.Wording;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * A meeting with its minutes and the decisions taken there; scheduled ahead, also its start (with {@code zone}, the
 * meeting's own time zone), place, language, agenda, attendance and action points (null or empty for a meeting
 * recorded after the fact).
 */
public record MeetingDetails(Long id, Long planId, String planCode, String planTitle, ZoneId planZone,
                             LocalDate heldOn, String title, String minutes, List<String> participantCodes,
                             String recordedBy, Instant recordedAt, List<DecisionTakenHere> decisions,
                             MeetingState state, Instant startsAt, ZoneId zone, String place, String language,
                             List<Long> participantIds, List<AgendaItemView> agenda, List<ActionPointRow> actionPoints) {

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
