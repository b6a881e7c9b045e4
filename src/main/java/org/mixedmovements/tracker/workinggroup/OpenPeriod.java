package org.mixedmovements.tracker.workinggroup;

import java.time.LocalDate;

/**
 * An open decision on one subject, as others show it: the last day on which members may still vote or object, in the
 * plan's time zone; none when it is taken at a meeting or its period ended without the quorum (the secretariat then
 * extends it or puts it to a meeting).
 */
public record OpenPeriod(Long subjectId, LocalDate lastDay) {
}
