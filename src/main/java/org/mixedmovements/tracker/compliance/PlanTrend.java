package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A plan's figures day by day over the last twelve months (oldest first), with the figures of the last day of the
 * previous calendar quarter for the quarter-on-quarter change.
 *
 * @param from the first day of the window (a year before today, plus one day)
 */
public record PlanTrend(ZoneId zone, LocalDate from, LocalDate today, List<DayFigures> days) {

    /** The latest kept day. */
    public Optional<DayFigures> latest() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    }

    /** The last day of the calendar quarter before today's. */
    public LocalDate endOfLastQuarter() {
        int firstMonthOfQuarter = (today.getMonthValue() - 1) / 3 * 3 + 1;
        return today.withMonth(firstMonthOfQuarter).withDayOfMonth(1).minusDays(1);
    }

    /** The figures at the end of the last quarter; empty when none were kept for that day. */
    public Optional<DayFigures> lastQuarter() {
        LocalDate day = endOfLastQuarter();
        return days.stream().filter(d -> d.day().equals(day)).findFirst();
    }

    /** The figures at the end of each month of the window, and the latest: the trend as a table to read. */
    public List<DayFigures> monthEnds() {
        Optional<DayFigures> latest = latest();
        return days.stream().filter(d -> d.day().equals(d.day().withDayOfMonth(d.day().lengthOfMonth()))
                || latest.filter(d::equals).isPresent()).toList();
    }
}
