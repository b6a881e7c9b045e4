package org.mixedmovements.tracker.base;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;

/**
 * The one input policy at the application's edges (docs/architecture.md, "Input policy"): every text a view, the API or
 * an import hands to a service is checked and stored through here, every date is checked against one range.
 *
 * <ul>
 *   <li>Text is Unicode-normalised (NFC, so "é" typed and "e" + combining accent pasted are the same), line ends become
 *       {@code \n}, and it is stripped of surrounding white space.</li>
 *   <li>Control characters other than tab and newline (NUL, escape, the C1 range, a lone carriage return after the
 *       line ends were made {@code \n}) are refused, never stored: they would reach exports and feeds as raw bytes.</li>
 *   <li>Lengths are counted after normalisation, in characters, against the limit the service documents.</li>
 *   <li>Dates lie within {@link #FIRST_DATE} and {@link #LAST_DATE} on every path (forms' date pickers, the API,
 *       imports): a due date of the year 10000 would make a timeline a million pixels wide and a calendar feed
 *       invalid.</li>
 * </ul>
 */
public final class InputPolicy {

    /** The earliest date accepted anywhere. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    /** The latest date accepted anywhere. */
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private InputPolicy() {
    }

    /** The text as stored: NFC, line ends as {@code \n}, stripped; null stays null. Checks nothing. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lines, Normalizer.Form.NFC).strip();
    }

    /** The normalised text, or null when it is null or blank. */
    public static String normaliseOrNull(String text) {
        String normal = normalise(text);
        return normal == null || normal.isEmpty() ? null : normal;
    }

    /** Whether the character is a control character the policy refuses (all but tab and newline). */
    private static boolean isRefusedControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL && codePoint != '\t' && codePoint != '\n';
    }

    /** Whether the text holds a control character other than tab, newline (or a carriage return of a line end). */
    public static boolean hasControls(String text) {
        return text != null && text.replace("\r\n", "\n").codePoints().anyMatch(InputPolicy::isRefusedControl);
    }

    /**
     * What is wrong with an optional text of at most {@code max} characters: a control character
     * ({@code validation.control-characters}) or its length ({@code validation.too-long}); empty when it is fine or
     * blank (whether a blank is allowed is the caller's rule).
     */
    public static Optional<Problem> problem(String field, Integer row, String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (hasControls(text)) {
            return Optional.of(new Problem(field, row, "validation.control-characters"));
        }
        String normal = normalise(text);
        if (normal.length() > max) {
            return Optional.of(new Problem(field, row, "validation.too-long", max));
        }
        return Optional.empty();
    }

    /** {@link #problem(String, Integer, String, int)} without a row. */
    public static Optional<Problem> problem(String field, String text, int max) {
        return problem(field, null, text, max);
    }

    /**
     * An optional text checked and normalised: null when null or blank; refused ({@link InvalidInputException} naming
     * the field) with a control character or longer than {@code max} characters.
     */
    public static String optionalText(String field, String text, int max) {
        Optional<Problem> problem = problem(field, text, max);
        if (problem.isPresent()) {
            throw new InvalidInputException(List.of(problem.get()));
        }
        return normaliseOrNull(text);
    }

    /** A required text checked and normalised: refused when blank ({@code validation.required}) too. */
    public static String requiredText(String field, String text, int max) {
        String normal = optionalText(field, text, max);
        if (normal == null) {
            throw InvalidInputException.of(field, "validation.required");
        }
        return normal;
    }

    /** What is wrong with a date: outside {@link #FIRST_DATE}..{@link #LAST_DATE}; empty when fine or null. */
    public static Optional<Problem> dateProblem(String field, Integer row, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            return Optional.of(new Problem(field, row, "validation.date-range", FIRST_DATE.toString(),
                    LAST_DATE.toString()));
        }
        return Optional.empty();
    }

    /** Refuses a date outside the range, naming the field; null passes (whether it is required is the caller's rule). */
    public static LocalDate date(String field, LocalDate date) {
        Optional<Problem> problem = dateProblem(field, null, date);
        if (problem.isPresent()) {
            throw new InvalidInputException(List.of(problem.get()));
        }
        return date;
    }

    /** Whether the date is within the range. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }
}
