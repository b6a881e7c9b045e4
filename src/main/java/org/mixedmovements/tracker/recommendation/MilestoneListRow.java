package org.mixedmovements.tracker.recommendation;

import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.GroupReview;
import org.mixedmovements.tracker.milestone.MilestoneStage;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import java.time.LocalDate;

/**
 * A milestone in a list across recommendations and plans: what it is, of which recommendation, who owns it, when it is
 * due and where it stands (the compliance status comes from the read model; none for milestones not in force; the
 * group's review while a completion it reported waits for the group).
 */
public record MilestoneListRow(Long id, Long recommendationId, String recommendationCode, String recommendationTitle,
                               String planCode, String name, Long ownerOrganisationId, String ownerCode,
                               String countryIso2, LocalDate currentDue, MilestoneState state,
                               ReportedStatus reportedStatus, int progress, LocalDate completedOn,
                               ComplianceStatus compliance, GroupReview review) {

    public MilestoneStage stage() {
        if (completedOn != null) {
            return MilestoneStage.COMPLETED;
        }
        return state == MilestoneState.APPROVED ? MilestoneStage.OPEN : MilestoneStage.IN_DRAFT;
    }
}
