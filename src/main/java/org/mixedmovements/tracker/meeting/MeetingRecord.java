package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * What the secretariat records of a meeting: its plan, date, title, the member organisations present, the minutes and
 * the decisions taken there by consensus.
 */
public record MeetingRecord(Long planId, LocalDate heldOn, String title, List<Long> participantIds, String minutes,
                            List<ConsensusTaken> decisions) {

    /** A decision taken at the meeting: approved, or rejected with the reasons the owner will read. */
    public record ConsensusTaken(Long decisionId, Outcome outcome, String reason) {
    }
}
