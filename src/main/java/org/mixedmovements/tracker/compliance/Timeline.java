package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;

/**
 * One page of a plan's timeline: the window, today in the plan's time zone, the recommendations whose milestones in
 * force fall within the window (a page of them), and the themes and owner organisations the plan's milestones have,
 * for the filters.
 *
 * @param recommendations how many recommendations the filter and window select, over all pages
 * @param organisations   owner organisations of the plan's milestones in force: id to name, by name
 * @param links           the dependencies (finish-to-start) between milestones of this page, both drawn
 */
public record Timeline(Long planId, String planTitle, ZoneId zone, LocalDate today, TimelineWindow window,
                       String theme, Long organisationId, int page, int pageSize, long recommendations,
                       List<TimelineRow> rows, List<String> themes, Map<Long, String> organisations,
                       List<MilestoneDependencies.Link> links) {

    public int pages() {
        return (int) Math.max(1, (recommendations + pageSize - 1) / pageSize);
    }

    public boolean hasPreviousPage() {
        return page > 0;
    }

    public boolean hasNextPage() {
        return page + 1 < pages();
    }

    /** Position of the first and last recommendation of this page, counted from 1. */
    public int firstShown() {
        return rows.isEmpty() ? 0 : page * pageSize + 1;
    }

    public int lastShown() {
        return page * pageSize + rows.size();
    }

    /** The period to show when zooming to another level from this window. */
    public String period(TimelineZoom zoom) {
        return window.periodFor(zoom, today);
    }

    /** The period at this zoom level that holds today. */
    public String todayPeriod() {
        return switch (window.zoom()) {
            case QUARTER -> TimelineWindow.quarterOf(today).period();
            case YEAR -> TimelineWindow.yearAround(today).period();
            case ALL -> TimelineWindow.ALL;
        };
    }

    public boolean showsToday() {
        return window.contains(today);
    }
}
