package org.mixedmovements.tracker.milestone.ui;

import com.vaadin.flow.component.html.Span;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.GroupReview;

/**
 * Where a milestone in force stands, in the same words and colours on every list: its compliance status, or, while the
 * working group decides on a completion its owner reported, "done, awaiting the group until … (last day)", so that a
 * milestone reported done does not read "On track" with nothing saying why.
 */
public final class MilestoneStatusBadge {

    private MilestoneStatusBadge() {
    }

    /** The badge; empty without a status (a milestone not in force). */
    public static Span of(ComplianceStatus compliance, GroupReview review) {
        if (review != null && (compliance == null || !compliance.isCompleted())) {
            Span badge = new Span();
            badge.setText(review.lastDay() == null ? badge.getTranslation("milestone.review.open")
                    : badge.getTranslation("milestone.review.until", Formats.date(review.lastDay())));
            badge.getElement().getThemeList().add("badge");
            return badge;
        }
        return Badges.of(compliance, "compliance.", variant(compliance));
    }

    /** The Lumo badge variant of a compliance status: the dashboard's colours. */
    public static String variant(ComplianceStatus status) {
        if (status == null) {
            return "contrast";
        }
        return switch (status) {
            case OVERDUE, NOT_IMPLEMENTED -> "error";
            case AT_RISK, COMPLETED_LATE -> "warning";
            case ON_TRACK, COMPLETED_ON_TIME -> "success";
            case NOT_DUE_YET -> "contrast";
        };
    }
}
