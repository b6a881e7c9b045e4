package org.mixedmovements.tracker.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates and times in the user's language; moments in the reader's own time zone. */
public final class Formats {

    private Formats() {
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A month and its year, short ("Jun 2026", "jun 2026"): a chart's axis. */
    public static String month(LocalDate date) {
        return new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
                .appendValue(ChronoField.YEAR).toFormatter(locale()).format(date);
    }

    /** A moment in the signed-in person's own time zone ({@link ReaderZone}). */
    public static String dateTime(Instant instant) {
        return dateTime(instant, ReaderZone.current());
    }

    /** The reader's zone as a place name ("Bogota", "Port-au-Prince"), for a label that says which zone times are in. */
    public static String zoneName() {
        String id = ReaderZone.current().getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** A number with at most one decimal, in the reader's language (2.5, 2,5). */
    public static String decimal(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The time of day of a moment in a zone, short ("4:30 PM", "16:30"): the end of a meeting whose day is given. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(instant);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone).format(instant);
    }
}
