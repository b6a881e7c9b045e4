package org.mixedmovements.tracker.recommendation;

import java.time.Instant;

/** A run of the recommendation's process, or of one it called, as the page offers it to choose a diagram. */
public record ProcessRunLine(String id, ProcessRun.Kind kind, String milestoneName, boolean running,
                             Instant startedAt) {
}
