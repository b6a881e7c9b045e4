package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of calendar the timeline shows, first and last day included, named by its period as it appears in a
 * shareable address: {@code 2025-Q2} (a quarter), {@code 2025} (a calendar year), {@code 2025-10..2026-09} (twelve
 * months from another month than January: the year around today) or {@code all} (every milestone selected).
 */
public record TimelineWindow(TimelineZoom zoom, LocalDate from, LocalDate to) {

    public static final String ALL = "all";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern TWELVE_MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");
    /**
     * How many whole months before today's the year around today starts: the work just done stays in view, and the
     * coming nine months (January's work, in December) too.
     */
    static final int MONTHS_BEFORE_TODAY = 3;

    public static TimelineWindow quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new TimelineWindow(TimelineZoom.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    public static TimelineWindow yearOf(LocalDate day) {
        return new TimelineWindow(TimelineZoom.YEAR, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
    }

    /**
     * The year view that holds the work around today: twelve months from the first day of the month
     * {@link #MONTHS_BEFORE_TODAY} months before today's, so it never stops at 31 December with January's work beyond
     * the edge.
     */
    public static TimelineWindow yearAround(LocalDate today) {
        return twelveMonthsFrom(today.withDayOfMonth(1).minusMonths(MONTHS_BEFORE_TODAY));
    }

    private static TimelineWindow twelveMonthsFrom(LocalDate first) {
        return new TimelineWindow(TimelineZoom.YEAR, first, first.plusYears(1).minusDays(1));
    }

    /** Whether this year view is a calendar year (January to December) rather than twelve months from another month. */
    public boolean calendarYear() {
        return zoom == TimelineZoom.YEAR && from.getDayOfYear() == 1;
    }

    /** Whole months from the one holding {@code first} to the one holding {@code last}. */
    public static TimelineWindow all(LocalDate first, LocalDate last) {
        return new TimelineWindow(TimelineZoom.ALL, first.withDayOfMonth(1), last.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** A quarter or a year named as in {@link #period()}; empty for anything else (including {@code all}). */
    static Optional<TimelineWindow> parse(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher quarter = QUARTER.matcher(period.strip());
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int q = Integer.parseInt(quarter.group(2));
            return Optional.of(quarterOf(LocalDate.of(year, (q - 1) * 3 + 1, 1)));
        }
        if (YEAR.matcher(period.strip()).matches()) {
            return Optional.of(yearOf(LocalDate.of(Integer.parseInt(period.strip()), 1, 1)));
        }
        Matcher months = TWELVE_MONTHS.matcher(period.strip());
        if (months.matches()) {
            int firstMonth = Integer.parseInt(months.group(2));
            int lastMonth = Integer.parseInt(months.group(4));
            if (firstMonth < 1 || firstMonth > 12 || lastMonth < 1 || lastMonth > 12) {
                return Optional.empty();
            }
            LocalDate first = LocalDate.of(Integer.parseInt(months.group(1)), firstMonth, 1);
            LocalDate last = LocalDate.of(Integer.parseInt(months.group(3)), lastMonth, 1);
            return last.equals(first.plusMonths(11)) ? Optional.of(twelveMonthsFrom(first)) : Optional.empty();
        }
        return Optional.empty();
    }

    public String period() {
        return switch (zoom) {
            case QUARTER -> from.getYear() + "-Q" + quarter();
            case YEAR -> calendarYear() ? String.valueOf(from.getYear())
                    : YearMonth.from(from) + ".." + YearMonth.from(to);
            case ALL -> ALL;
        };
    }

    /** The quarter number (1 to 4) of the window's first day. */
    public int quarter() {
        return from.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** The window just before, or empty when the window shows everything. */
    public Optional<String> previous() {
        return switch (zoom) {
            case QUARTER -> Optional.of(quarterOf(from.minusMonths(3)).period());
            case YEAR -> Optional.of(twelveMonthsFrom(from.minusYears(1)).period());
            case ALL -> Optional.empty();
        };
    }

    /** The window just after, or empty when the window shows everything. */
    public Optional<String> next() {
        return switch (zoom) {
            case QUARTER -> Optional.of(quarterOf(from.plusMonths(3)).period());
            case YEAR -> Optional.of(twelveMonthsFrom(from.plusYears(1)).period());
            case ALL -> Optional.empty();
        };
    }

    /**
     * The period to show when the user zooms to another level: the quarter holding today, or the year around today,
     * when today is in this window; else the quarter or calendar year holding this window's first day.
     */
    public String periodFor(TimelineZoom other, LocalDate today) {
        boolean now = contains(today);
        LocalDate anchor = now ? today : from;
        return switch (other) {
            case QUARTER -> quarterOf(anchor).period();
            case YEAR -> (now ? yearAround(today) : yearOf(anchor)).period();
            case ALL -> ALL;
        };
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Days shown, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days from the window's first day to the given one (negative before the window). */
    public long offset(LocalDate day) {
        return ChronoUnit.DAYS.between(from, day);
    }

    /** The first day of every month that starts within the window, in order. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        LocalDate month = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        for (; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
