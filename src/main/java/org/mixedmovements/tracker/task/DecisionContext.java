package org.mixedmovements.tracker.task;

import java.util.List;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;

/** What a member sees before deciding: the decision (rule, votes so far) and, for a plan, its proposed milestones. */
public record DecisionContext(DecisionSummary decision, List<MilestoneDraft> proposedMilestones) {
}
