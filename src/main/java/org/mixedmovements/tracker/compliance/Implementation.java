package org.mixedmovements.tracker.compliance;

import java.util.Optional;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;

/**
 * Where an accepted recommendation stands in its implementation, as recommendation trackers report it (the UN Joint
 * Inspection Unit's tracking system, UNDP's evaluation resource centre): the unit is the recommendation, not the
 * milestone. A recommendation the group did not accept, or has not responded to yet, has no implementation stage.
 * See docs/compliance.md, "Recommendation figures".
 */
public enum Implementation {
    /** Closed by the final review as implemented. */
    IMPLEMENTED,
    /** Closed by the final review as implemented in part. */
    PARTIALLY_IMPLEMENTED,
    /** The group approved its plan: milestones are being worked, or the final review is under way. */
    IN_PROGRESS,
    /** Accepted, but no plan approved yet (lead to name, plan to draft or to decide on). */
    NOT_STARTED,
    /** Closed by the final review as not implemented. */
    NOT_IMPLEMENTED;

    /** The stage of a recommendation in this status; empty when it was not accepted or has no response yet. */
    public static Optional<Implementation> of(RecommendationStatus status) {
        return Optional.ofNullable(switch (status) {
            case NEW, ON_AGENDA, NOT_ACCEPTED -> null;
            case AWAITING_LEAD, PLANNING, PLAN_SUBMITTED -> NOT_STARTED;
            case IN_IMPLEMENTATION, UNDER_FINAL_REVIEW -> IN_PROGRESS;
            case IMPLEMENTED -> IMPLEMENTED;
            case PARTIALLY_IMPLEMENTED -> PARTIALLY_IMPLEMENTED;
            case NOT_IMPLEMENTED -> NOT_IMPLEMENTED;
        });
    }

    /** Counts toward the implementation rate's numerator: implemented, in full or in part. */
    public boolean implemented() {
        return this == IMPLEMENTED || this == PARTIALLY_IMPLEMENTED;
    }

    /**
     * The implementation rate in whole per cent, rounded down: recommendations implemented (in full or in part) out of
     * those accepted (in full or in part); empty when none is accepted.
     */
    public static Optional<Integer> rate(long implemented, long accepted) {
        return accepted == 0 ? Optional.empty() : Optional.of((int) (implemented * 100 / accepted));
    }
}
