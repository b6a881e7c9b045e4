package org.mixedmovements.tracker.meeting;

/** The owner organisation marked its action point done. */
public record ActionPointDone(Long actionPointId, Long meetingId, Long organisationId) {
}
