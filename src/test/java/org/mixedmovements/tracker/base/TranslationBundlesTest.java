package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language's bundle carries the same keys as English, every key the code asks for exists, and views hold no
 * text of their own.
 */
public class TranslationBundlesTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Text for people: two words, or a capitalised word. Anything else (ids, CSS, keys, paths) is not prose. */
    static final Pattern PROSE = Pattern.compile("[A-Za-zÀ-ÿ]{2,}\\s+[A-Za-zÀ-ÿ]{2,}|^[A-Z][a-z]{2,}");

    public static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** The bundle files of every language the tracker speaks: the default (English) first. */
    public static List<String> bundleFiles() {
        return Languages.supported().stream()
                .map(l -> Languages.DEFAULT.equals(l) ? "translations.properties"
                        : "translations_" + l.toLanguageTag().replace('-', '_') + ".properties")
                .toList();
    }

    @Test
    void everyLanguageHasTheKeysOfEnglish() throws IOException {
        Set<String> english = new TreeSet<>(bundle("translations.properties").stringPropertyNames());
        assertThat(bundleFiles()).hasSizeGreaterThanOrEqualTo(2);
        for (String file : bundleFiles()) {
            Set<String> keys = new TreeSet<>(bundle(file).stringPropertyNames());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertThat(missing).as("keys of English missing from " + file).isEmpty();
            assertThat(extra).as("keys of " + file + " that English does not have").isEmpty();
        }
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quoted part and swallows the
     * arguments after it ("the group's {0}" shows "{0}"); a text without arguments is shown as written, so a doubled
     * apostrophe would show twice. Texts use the typographic apostrophe (’), or '' where arguments follow.
     */
    @Test
    void apostrophesShowAsWrittenWithOrWithoutArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : bundleFiles()) {
            Properties texts = bundle(name);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String value = texts.getProperty(key);
                boolean formatted = value.matches("(?s).*\\{\\d.*");
                if (formatted ? value.replace("''", "").contains("'") : value.contains("''")) {
                    wrong.add(name + ": " + key + "=" + value);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noValueOfAnotherLanguageIsLeftInEnglish() throws IOException {
        Properties en = bundle("translations.properties");
        Set<String> sameAsEnglish = new TreeSet<>();
        for (String file : bundleFiles().subList(1, bundleFiles().size())) {
            Properties other = bundle(file);
            for (String key : en.stringPropertyNames()) {
                String value = en.getProperty(key);
                // one word may be the same in both (French "Organisations"); a phrase may not
                if (value.length() > 12 && value.strip().contains(" ") && value.equals(other.getProperty(key))) {
                    sameAsEnglish.add(file + ": " + key);
                }
            }
        }
        assertThat(sameAsEnglish).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeUsesIsInTheBundles() throws IOException {
        Set<String> keys = bundle("translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : javaSources()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                boolean isPrefix = key.endsWith(".");
                boolean looksLikeMessage = !key.contains("/") && !key.endsWith(".csv") && !key.endsWith(".txt")
                        && !key.startsWith("org.") && !key.startsWith("com.") && !key.startsWith("vaadin.")
                        && !key.startsWith("tracker.") // the application's own configuration properties
                        && !key.matches("(wg|agency)\\..*");
                if (looksLikeMessage && !isPrefix && !keys.contains(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A toast (a Vaadin Notification) is opened by {@code Messages} only, which takes a key of the bundles or a
     * refusal's key: none is opened with a text of its own, which no test of the views would see in every case.
     */
    @Test
    void toastsAreOpenedOnlyThroughMessagesWhichTranslateThem() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        for (Path file : javaSources()) {
            String code = Files.readString(file);
            if (!file.endsWith(Path.of("base/ui/Messages.java"))
                    && code.matches("(?s).*(new Notification\\b|Notification\\.show\\().*")) {
                elsewhere.add(file.getFileName().toString());
            }
        }
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void viewsHoldNoHardCodedText() throws IOException {
        List<String> prose = new ArrayList<>();
        for (Path file : javaSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            for (String line : code.split("\\n")) {
                if (line.strip().startsWith("@") || line.contains("log.")) {
                    continue; // annotations name routes and keys; log lines are for IT, in English
                }
                Matcher m = STRING_LITERAL.matcher(line);
                while (m.find()) {
                    String literal = m.group(1);
                    if (PROSE.matcher(literal).find() && !literal.contains("var(")) {
                        prose.add(file.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(prose).isEmpty();
    }
}
