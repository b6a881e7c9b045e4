package org.mixedmovements.tracker.meeting;

import java.time.LocalDate;

/** An action point as the secretariat records it at a meeting: what, which organisation, by which day. */
public record ActionPointDraft(String text, Long ownerOrganisationId, LocalDate dueOn) {
}
