package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.html.Span;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.MilestoneState;

/** A milestone's compliance status in its colour; proposed milestones have none yet. */
final class ComplianceBadge {

    private ComplianceBadge() {
    }

    static Span of(MilestoneRow m) {
        if (m.state() != MilestoneState.APPROVED) {
            return new Span();
        }
        return Badges.of(m.compliance(), "compliance.", variant(m.compliance()));
    }

    static String variant(ComplianceStatus status) {
        return switch (status) {
            case OVERDUE, NOT_IMPLEMENTED -> "error";
            case AT_RISK, COMPLETED_LATE -> "warning";
            case ON_TRACK, COMPLETED_ON_TIME -> "success";
            case NOT_DUE_YET -> "contrast";
        };
    }
}
