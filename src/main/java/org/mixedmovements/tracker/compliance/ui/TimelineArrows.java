package org.mixedmovements.tracker.compliance.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.compliance.TimelineMilestone;
import org.mixedmovements.tracker.milestone.MilestoneDependencies.Link;

/**
 * The timeline's dependencies: an arrow from each predecessor's end (its current due date) to its successor's start,
 * or straight down into the successor's bar when that starts earlier, drawn over the bars. A successor due before its predecessor has a dashed arrow in the error colour (and says so in
 * its tooltip and in the legend), because it cannot finish before what it waits for.
 */
final class TimelineArrows {

    /** Where a milestone's bar is: the top of its row in the drawing. */
    record Placed(TimelineMilestone milestone, int y) {
    }

    private static final String DEPENDENCY = "timeline-dependency";
    private static final String LATE_DEPENDENCY = "timeline-dependency-late";
    private static final String ARROW = "timeline-arrow";
    private static final String LATE_ARROW = "timeline-arrow-late";
    private static final String COLOUR = "var(--lumo-contrast-60pct)";
    private static final String LATE_COLOUR = "var(--lumo-error-color)";
    private static final int BAR_MIDDLE = 12;
    private static final double BEND = 24;

    private TimelineArrows() {
    }

    /** Whether the successor is due before the predecessor it waits for. */
    static boolean dueBefore(TimelineMilestone successor, TimelineMilestone predecessor) {
        return successor.currentDue().isBefore(predecessor.currentDue());
    }

    /**
     * Draws the links whose two milestones are placed; {@code start} and {@code end} give a day's x (clamped to the
     * drawing), so that an arrow to a bar that starts before the window points at the window's edge.
     */
    static void draw(Svg svg, List<Link> links, Map<Long, Placed> placed, DayToX start, DayToX end) {
        if (links.isEmpty()) {
            return;
        }
        svg.open("g", "class", "timeline-dependencies", "style", "pointer-events: none");
        svg.open("defs");
        marker(svg, ARROW, COLOUR);
        marker(svg, LATE_ARROW, LATE_COLOUR);
        svg.close("defs");
        for (Link link : links) {
            Placed from = placed.get(link.predecessorId());
            Placed to = placed.get(link.successorId());
            if (from == null || to == null) {
                continue;
            }
            boolean late = dueBefore(to.milestone(), from.milestone());
            double x1 = end.x(from.milestone().currentDue());
            double y1 = from.y() + BAR_MIDDLE;
            // where the successor was planned to start before its predecessor ends, the arrow drops into its bar
            // under the predecessor's end rather than running back in time
            double x2 = Math.max(start.x(to.milestone().start()), x1);
            double y2 = to.y() + BAR_MIDDLE;
            svg.leaf("path", "class", late ? String.join(" ", DEPENDENCY, LATE_DEPENDENCY) : DEPENDENCY,
                    "data-from", link.predecessorId(), "data-to", link.successorId(),
                    "d", String.format(Locale.ROOT, "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
                            x1, y1, x1 + BEND, y1, x2 - BEND, y2, x2, y2),
                    "marker-end", "url(#" + (late ? LATE_ARROW : ARROW) + ")",
                    "style", "fill: none; stroke: " + (late ? LATE_COLOUR + "; stroke-dasharray: 4 3" : COLOUR)
                            + "; stroke-width: 1.5");
        }
        svg.close("g");
    }

    private static void marker(Svg svg, String id, String colour) {
        svg.open("marker", "id", id, "viewBox", "0 0 8 8", "refX", 7, "refY", 4, "markerWidth", 7, "markerHeight", 7,
                "orient", "auto");
        svg.leaf("path", "d", "M0,0 L8,4 L0,8 z", "style", "fill: " + colour);
        svg.close("marker");
    }

    /** A day's position in the drawing. */
    interface DayToX {
        double x(java.time.LocalDate day);
    }
}
