package org.mixedmovements.tracker.milestone;

import java.time.LocalDate;

/**
 * A milestone reported done that the working group is deciding on: it counts as completed only once the group agrees.
 * The last day on which members may still vote or object, in the plan's time zone; none when the decision is taken at
 * a meeting or waits for the secretariat (its period ended without the quorum).
 */
public record GroupReview(LocalDate lastDay) {
}
