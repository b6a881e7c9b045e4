package org.mixedmovements.tracker.milestone;

/** Derived from dates, progress and the owner's report; see docs/compliance.md. */
public enum ComplianceStatus {
    NOT_DUE_YET, ON_TRACK, AT_RISK, OVERDUE, COMPLETED_ON_TIME, COMPLETED_LATE, NOT_IMPLEMENTED;

    public boolean isCompleted() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
