package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.StaleVersionException;

/** The milestone was saved by someone else after the caller read it: its report as it is now, and nothing saved. */
public class MilestoneChangedMeanwhile extends StaleVersionException {

    private final transient MilestoneReport now;

    MilestoneChangedMeanwhile(MilestoneReport now) {
        super("milestone.error.changed-meanwhile", now.version());
        this.now = now;
    }

    /** The milestone's report as the other person left it, with its new version. */
    public MilestoneReport now() {
        return now;
    }
}
