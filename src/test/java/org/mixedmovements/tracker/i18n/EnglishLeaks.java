package org.mixedmovements.tracker.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text shown to a Spanish, Portuguese or French reader must not hold (issue 18): a phrase of two or more words
 * of the English bundle (a text left untranslated, or a view that asked for the English one), an application code
 * ({@code NO_OBJECTION}) or a key of the bundles shown raw ({@code menu.meetings}).
 */
public final class EnglishLeaks {

    /** An enum name or code of the application. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    /** Something shaped like a key of the bundles: {@code word.word-word}. */
    static final Pattern KEY_SHAPE = Pattern.compile("(?<![\\w@/.-])[a-z]+(\\.[a-z0-9]+)*\\.[a-z0-9]+-[a-z0-9-]+\\b(?![.@/])");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");

    private final Locale language;
    private final Set<String> englishPhrases = new TreeSet<>();
    private final Set<String> keys;

    public EnglishLeaks(Locale language) {
        this.language = language;
        Properties english = bundle("");
        Properties target = bundle("_" + language.toString());
        String targetText = String.join("\n", target.stringPropertyNames().stream().map(target::getProperty).toList());
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(target.getProperty(key))) {
                continue; // the same in both (a proper name, a unit): not a leak
            }
            for (String fragment : fragments(value)) {
                if (words(fragment) >= 2 && !targetText.contains(fragment)) {
                    englishPhrases.add(fragment);
                }
            }
        }
        keys = new HashSet<>(english.stringPropertyNames());
    }

    public Locale language() {
        return language;
    }

    private static Properties bundle(String suffix) {
        String name = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = EnglishLeaks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The literal parts of a MessageFormat text, between its placeholders (nested ones, as in choices, too). */
    static List<String> fragments(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    parts.add(current.toString().trim());
                    current.setLength(0);
                }
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                current.append(c);
            }
        }
        parts.add(current.toString().trim());
        return parts.stream().map(p -> p.replaceAll("^[\\p{Punct}\\s·–—]+|[\\p{Punct}\\s·–—]+$", ""))
                .filter(p -> !p.isEmpty()).toList();
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every leak in the texts, each as "what: text", in a stable order. */
    public List<String> in(Collection<String> texts, String where) {
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String phrase : englishPhrases) {
                if (text.contains(phrase)) {
                    found.add(where + " [" + language + "] English «" + phrase + "» in: " + abbreviated(text));
                }
            }
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                found.add(where + " [" + language + "] code «" + code.group() + "» in: " + abbreviated(text));
            }
            Matcher key = KEY_SHAPE.matcher(text);
            while (key.find()) {
                found.add(where + " [" + language + "] key «" + key.group() + "» in: " + abbreviated(text));
            }
            for (String token : text.split("[^A-Za-z0-9_.\\-]+")) {
                if (token.contains(".") && keys.contains(token)) {
                    found.add(where + " [" + language + "] key «" + token + "» in: " + abbreviated(text));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String abbreviated(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
