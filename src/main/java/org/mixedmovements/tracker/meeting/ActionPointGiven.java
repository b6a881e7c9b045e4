package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;

/** A meeting gave an organisation an action point: its focal points are told. Published when the meeting closes. */
public record ActionPointGiven(Long actionPointId, Long meetingId, Long organisationId, String text, LocalDate dueOn) {
}
