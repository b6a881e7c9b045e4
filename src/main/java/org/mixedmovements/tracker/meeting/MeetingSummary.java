package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting as the list shows it. */
public record MeetingSummary(Long id, String planCode, LocalDate heldOn, String title, List<String> participantCodes,
                             int decisionsTaken, String recordedBy, MeetingState state) {
}
