/**
 * What every screen shows of a milestone the same way, open to the views of the features above this one (approvals,
 * tasks, recommendations): its evidence ({@link org.mixedmovements.tracker.milestone.ui.EvidenceList}). Screens that
 * act on a milestone still go through its task.
 */
@NamedInterface("ui")
package org.mixedmovements.tracker.milestone.ui;

import org.springframework.modulith.NamedInterface;
