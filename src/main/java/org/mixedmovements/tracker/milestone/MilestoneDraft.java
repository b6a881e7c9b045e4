package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/** A milestone as the lead organisation proposes it in its implementation plan. */
public record MilestoneDraft(String name, Long ownerOrganisationId, String countryIso2, LocalDate plannedStart,
                             LocalDate dueDate, boolean evidenceRequired) {
}
