package org.mixedmovements.tracker.oversight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.base.InputPolicy;

/**
 * Reads the audit view's filters from its link. A value that names nothing (an unknown number, a date that is not
 * one, a period that ends before it starts) is left out and reported, so the view says which part of the link it
 * ignored instead of failing.
 */
public final class AuditSelections {

    public static final String WHO = "who";
    public static final String WHAT = "what";
    public static final String ORGANISATION = "organisation";
    public static final String RECOMMENDATION = "recommendation";
    public static final String FROM = "from";
    public static final String TO = "to";

    /** A filter of the link that was left out, with the value it had. */
    public record Ignored(String parameter, String value) {
    }

    /** What the link selects, and what of it was ignored. */
    public record Parsed(AuditSelection selection, List<Ignored> ignored) {
    }

    private AuditSelections() {
    }

    public static Parsed parse(Map<String, String> parameters) {
        List<Ignored> ignored = new ArrayList<>();
        String who = text(parameters, WHO, ignored);
        String what = text(parameters, WHAT, ignored);
        Long organisation = number(parameters, ORGANISATION, ignored);
        Long recommendation = number(parameters, RECOMMENDATION, ignored);
        LocalDate from = date(parameters, FROM, ignored);
        LocalDate to = date(parameters, TO, ignored);
        if (from != null && to != null && to.isBefore(from)) {
            ignored.add(new Ignored(TO, to.toString()));
            to = null;
        }
        return new Parsed(new AuditSelection(who, what, organisation, recommendation, from, to), ignored);
    }

    private static String text(Map<String, String> parameters, String name, List<Ignored> ignored) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 60) {
            ignored.add(new Ignored(name, value.substring(0, 60) + "…"));
            return null;
        }
        return value.strip();
    }

    private static Long number(Map<String, String> parameters, String name, List<Ignored> ignored) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        ignored.add(new Ignored(name, value));
        return null;
    }

    private static LocalDate date(Map<String, String> parameters, String name, List<Ignored> ignored) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (InputPolicy.inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        ignored.add(new Ignored(name, value));
        return null;
    }
}
