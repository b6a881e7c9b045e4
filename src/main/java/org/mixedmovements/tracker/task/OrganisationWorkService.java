package org.mixedmovements.tracker.task;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work the signed-in user's organisation owes outside the process engine's tasks (today: a meeting's action points),
 * shown in My tasks above the engine's tasks. A port: the feature that owns the work implements it (the {@code meeting}
 * module, which sits above this one), so My tasks lists it without depending on that feature.
 */
public interface OrganisationWorkService {

    /** The organisation's open items, soonest due first. */
    List<OwedWork> owed();

    /** The organisation marks an item done; no other organisation may. */
    @Transactional
    void markDone(Long id);
}
