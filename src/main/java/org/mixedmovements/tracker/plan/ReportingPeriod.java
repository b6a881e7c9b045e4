package org.mixedmovements.tracker.plan;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How often the lead organisations report on the recommendations they lead: every month, quarter (the default) or half
 * year, in calendar periods of the plan's time zone. Its name in words is {@code reporting-period.<NAME>}, a period of
 * it {@code reporting-period.label.<NAME>} with {0} the year and {1} the month, quarter or half.
 */
public enum ReportingPeriod {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

    private final int months;

    ReportingPeriod(int months) {
        this.months = months;
    }

    /** The first day of the period that holds the day. */
    public LocalDate startOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /** The last day of the period that holds the day. */
    public LocalDate endOf(LocalDate day) {
        return startOf(day).plusMonths(months).minusDays(1);
    }

    /** Which month, quarter or half of its year the period that starts on that day is (1 to 12, 4 or 2). */
    public int numberOf(LocalDate start) {
        return switch (this) {
            case MONTHLY -> start.getMonthValue();
            case QUARTERLY -> start.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEARLY -> start.getMonthValue() <= 6 ? 1 : 2;
        };
    }

    /**
     * The arguments of {@link #labelKey()} for the period that starts on that day: the year and the period's number
     * (the texts format them with {@code number,#}, so a year never reads 2,026).
     */
    public Object[] labelArguments(LocalDate start) {
        return new Object[] {start.getYear(), numberOf(start)};
    }

    public String nameKey() {
        return "reporting-period." + name();
    }

    public String labelKey() {
        return "reporting-period.label." + name();
    }
}
