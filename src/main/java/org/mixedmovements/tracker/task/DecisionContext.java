package org.mixedmovements.tracker.task;

import java.time.ZoneId;
import java.util.List;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;

/**
 * What a member sees before deciding: the decision (rule, votes so far), for a plan its proposed milestones, for a
 * milestone reported done its evidence, for a new due date the milestones it would push, and the plan's time zone
 * in which times are shown.
 */
public record DecisionContext(DecisionSummary decision, List<MilestoneDraft> proposedMilestones,
                              List<EvidenceItem> evidence, ZoneId planZone,
                              List<MilestoneDependencies.PushedSuccessor> pushes) {
}
