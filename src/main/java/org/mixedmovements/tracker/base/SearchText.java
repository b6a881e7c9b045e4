package org.mixedmovements.tracker.base;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the search compares it: accents and other combining marks removed, lower case, single spaces. Entities
 * store their searchable text in this form, and a query is cut into words in the same form, so "migracion" finds
 * "Migración" on every database without collation settings.
 */
public final class SearchText {

    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY = 100;
    /** Words of a query beyond this many are ignored. */
    public static final int MAX_WORDS = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The text in search form; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Several texts (nulls skipped) in search form, joined by a space and cut to at most {@code max} characters. */
    public static String of(int max, String... texts) {
        String joined = String.join(" ", Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).toList());
        String normal = normalise(joined);
        return normal.length() <= max ? normal : normal.substring(0, max);
    }

    /** The distinct words of a query in search form, at most {@link #MAX_WORDS}; none for a blank query. */
    public static List<String> words(String query) {
        String normal = normalise(query);
        if (normal == null || normal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normal.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /** A LIKE pattern that finds the word anywhere, with the LIKE wildcards in it escaped by {@code \}. */
    public static String containsPattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * A piece of the text around the first place where one of the words occurs (compared in search form), about
     * {@code radius} characters either side, with "…" where it was cut; null if none of the words occurs.
     */
    public static String excerpt(String text, List<String> words, int radius) {
        if (text == null || words.isEmpty()) {
            return null;
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = Character.isWhitespace(c) ? " "
                    : MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            for (int k = 0; k < f.length(); k++) {
                if (folded.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = i;
                folded.append(f.charAt(k));
            }
        }
        int at = -1;
        for (String word : words) {
            int found = folded.indexOf(word);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        if (at < 0) {
            return null;
        }
        int start = Math.max(0, origin[at] - radius);
        int end = Math.min(text.length(), origin[at] + radius);
        return (start > 0 ? "…" : "") + SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip()
                + (end < text.length() ? "…" : "");
    }
}
