package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the lead organisation proposes it in its implementation plan, with the milestones it waits for
 * (finish-to-start: it starts when they are finished).
 */
public record MilestoneDraft(String name, Long ownerOrganisationId, String countryIso2, LocalDate plannedStart,
                             LocalDate dueDate, boolean evidenceRequired, List<Predecessor> predecessors) {

    public MilestoneDraft {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    /** A milestone that waits for no other. */
    public MilestoneDraft(String name, Long ownerOrganisationId, String countryIso2, LocalDate plannedStart,
                          LocalDate dueDate, boolean evidenceRequired) {
        this(name, ownerOrganisationId, countryIso2, plannedStart, dueDate, evidenceRequired, List.of());
    }

    /** The same milestone waiting for these predecessors instead. */
    public MilestoneDraft waitingFor(List<Predecessor> others) {
        return new MilestoneDraft(name, ownerOrganisationId, countryIso2, plannedStart, dueDate, evidenceRequired,
                others);
    }
}
