package org.mixedmovements.tracker.compliance.ui;

import java.util.Locale;

/**
 * Helpers for the SVG the dashboard draws on the server: every text and attribute value goes through
 * {@link #escape}, numbers are written with a dot whatever the user's language.
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /** The text with the five characters that matter in markup (text or attribute) replaced by entities. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
