package org.mixedmovements.tracker.recommendation;

/** Where a recommendation stands in its follow-up (see docs/process-model.md). */
public enum RecommendationStatus {
    /** Loaded from the study; not on the group's agenda yet. */
    NEW,
    /** On the agenda: the secretariat proposes the group's response and the group decides on it. */
    ON_AGENDA,
    /** The group did not accept the recommendation (with reasons). */
    NOT_ACCEPTED,
    /** Accepted (in full or in part); the secretariat names the lead organisation. */
    AWAITING_LEAD,
    /** The lead drafts the implementation plan (again, after a rejection). */
    PLANNING,
    /** The lead submitted its plan; the working group decides on it. */
    PLAN_SUBMITTED,
    /** The plan was approved; its milestones are being worked. */
    IN_IMPLEMENTATION,
    /** Every milestone is completed; the secretariat reviews the outcome. */
    UNDER_FINAL_REVIEW,
    IMPLEMENTED,
    PARTIALLY_IMPLEMENTED,
    NOT_IMPLEMENTED;

    /** Whether a draft implementation plan may still be imported: not once the lead submitted one. */
    public boolean allowsDraftImport() {
        return this == NEW || this == ON_AGENDA || this == AWAITING_LEAD || this == PLANNING;
    }

    public boolean isClosed() {
        return this == NOT_ACCEPTED || this == IMPLEMENTED || this == PARTIALLY_IMPLEMENTED || this == NOT_IMPLEMENTED;
    }
}
