package org.mixedmovements.tracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.mixedmovements.tracker.base.Translations;

/**
 * The user's language outside a view: the application's translation bundles (the ones Vaadin reads), dates as the
 * screens show them, and the date pattern of a spreadsheet cell.
 */
final class Texts {

    private final Locale locale;
    private final ZoneId reader;

    private Texts(Locale locale, ZoneId reader) {
        this.locale = locale;
        this.reader = reader;
    }

    static Texts of(Locale locale) {
        return of(locale, ZoneOffset.UTC);
    }

    /** Texts in the reader's language, with the moment of writing in their own time zone. */
    static Texts of(Locale locale, ZoneId reader) {
        Locale wanted = locale == null ? Locale.ENGLISH : locale;
        return new Texts(wanted, reader);
    }

    /** When the file was written, in the reader's own time zone, named: "Jun 17, 2026, 8:30 PM (Asia/Kolkata)". */
    String generated(Instant now) {
        return dateTime(now, reader) + " (" + reader.getId() + ")";
    }

    Locale locale() {
        return locale;
    }

    /** The text of the key, with its arguments as Vaadin formats them; the key itself if missing. */
    String get(String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    /** The text of an enum value under a key prefix ("compliance." + "OVERDUE"); empty for null. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + value.name());
    }

    /** A month and its year, short ("Jun 2026"): a chart's axis. */
    String month(LocalDate date) {
        return new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
                .appendValue(ChronoField.YEAR).toFormatter(locale).format(date);
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The time of day of a moment in a zone, short: the end of a meeting whose day is given. */
    String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** The locale's medium date pattern in a spreadsheet's terms ("d mmm yyyy" for Spanish, "mmm d, yyyy" in English). */
    String spreadsheetDatePattern() {
        String java = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        StringBuilder pattern = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '\'') {
                int end = java.indexOf('\'', i + 1);
                end = end < 0 ? java.length() : end;
                pattern.append('"').append(java, i + 1, end).append('"');
                i = end + 1;
                continue;
            }
            int run = 1;
            while (i + run < java.length() && java.charAt(i + run) == c) {
                run++;
            }
            switch (c) {
                case 'y', 'u' -> pattern.append("yyyy");
                case 'M', 'L' -> pattern.append(run >= 3 ? "mmm" : run == 2 ? "mm" : "m");
                case 'd' -> pattern.append(run >= 2 ? "dd" : "d");
                default -> pattern.append(String.valueOf(c).repeat(run));
            }
            i += run;
        }
        return pattern.toString();
    }

    /** Today's date in a file name, as the plan sees it. */
    static String fileDate(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).toString();
    }
}
