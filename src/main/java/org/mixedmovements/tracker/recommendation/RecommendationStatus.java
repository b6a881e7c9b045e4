package org.mixedmovements.tracker.recommendation;

/** Where a recommendation stands in its follow-up. */
public enum RecommendationStatus {
    /** Loaded from the study; the group has not taken it up yet. */
    NEW,
    /** Adopted, with a lead organisation drafting the implementation plan (again, after a rejection). */
    PLANNING,
    /** The lead submitted its plan; the working group decides on it. */
    PLAN_SUBMITTED,
    /** The plan was approved; its milestones are being worked. */
    IN_IMPLEMENTATION,
    /** Every milestone of the approved plan is done. */
    MILESTONES_COMPLETED
}
