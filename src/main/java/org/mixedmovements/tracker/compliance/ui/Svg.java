package org.mixedmovements.tracker.compliance.ui;

import java.util.Locale;

/**
 * Writes the SVG the dashboard and the timeline draw on the server. Every attribute value and every text passes
 * through {@link #escape}, so names typed by users (a milestone called {@code <script>}) reach the page as text, never
 * as markup; numbers are written with a dot whatever the user's language.
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringBuilder out = new StringBuilder();

    /** Opens the svg element, with the namespace and the given attributes (name, value, name, value...). */
    static Svg root(String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "xmlns";
        all[1] = NAMESPACE;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return new Svg().open("svg", (Object[]) all);
    }

    /** Opens an element; attributes come as name, value pairs. */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content. */
    Svg leaf(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            // name, value pairs: an odd count is a programming error
            throw new IllegalArgumentException(String.valueOf(attributes.length));
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(value(attributes[i + 1])))
                        .append('"');
            }
        }
    }

    private static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
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

    @Override
    public String toString() {
        return out.toString();
    }
}
