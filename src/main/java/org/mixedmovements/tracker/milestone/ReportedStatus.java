package org.mixedmovements.tracker.milestone;

/** What the owner of a milestone says about it; the compliance status is derived separately. */
public enum ReportedStatus {
    NOT_STARTED, IN_PROGRESS, BLOCKED, DONE
}
