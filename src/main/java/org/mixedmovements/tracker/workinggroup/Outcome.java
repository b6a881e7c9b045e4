package org.mixedmovements.tracker.workinggroup;

public enum Outcome {
    APPROVED, REJECTED
}
