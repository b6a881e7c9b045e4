package org.mixedmovements.tracker.compliance.ui;

import java.util.Locale;

/**
 * Writes the SVG the dashboard draws on the server. Every text and every attribute value goes through
 * {@link #escape}, so nothing a plan or a user wrote can become markup; numbers are written with a dot whatever the
 * user's language.
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
        return new Svg().open("svg", all);
    }

    Svg open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    /** An element without content. */
    Svg empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException(String.valueOf(attributes.length)); // a name without its value
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
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
