package org.mixedmovements.tracker.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;

/** A meeting with its minutes and the decisions taken there. */
public record MeetingDetails(Long id, Long planId, String planCode, String planTitle, ZoneId planZone,
                             LocalDate heldOn, String title, String minutes, List<String> participantCodes,
                             String recordedBy, Instant recordedAt, List<DecisionTakenHere> decisions) {

    /** One decision taken at the meeting. */
    public record DecisionTakenHere(Long decisionId, DecisionType type, Long recommendationId,
                                    String recommendationCode, String recommendationTitle, String proposal,
                                    Outcome outcome, String reason) {
    }
}
