package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation on the timeline: its span over all its selected milestones in force (first planned start to last
 * due or completion date), and those of its milestones that fall within the window.
 */
public record TimelineRow(Long recommendationId, String code, String title, LocalDate start, LocalDate end,
                          List<TimelineMilestone> milestones) {
}
