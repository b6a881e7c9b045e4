package org.mixedmovements.tracker.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages the tracker speaks: English, the default bundle's, and one more for each translation bundle on the
 * class path ({@code vaadin-i18n/translations_<language>.properties}). This is the only list of languages: the
 * language switch, the users' preferred language, the API's {@code Accept-Language}, mails and files all ask here,
 * so adding a language is adding its bundle files.
 */
public final class Languages {

    /** The language of the default bundle, and the one given when no other fits. */
    public static final Locale DEFAULT = Locale.ENGLISH;
    static final String BUNDLES = "vaadin-i18n/translations";

    private static final List<Locale> SUPPORTED = discover(Languages.class.getClassLoader());

    private Languages() {
    }

    /** English first, then the others in the order of their language tags. */
    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /** The supported language that a locale is written in ("es-CO" gives Spanish), if any. */
    public static Optional<Locale> find(Locale locale) {
        return locale == null ? Optional.empty() : find(SUPPORTED, locale);
    }

    /** The supported language of a locale, else English. */
    public static Locale of(Locale locale) {
        return find(locale).orElse(DEFAULT);
    }

    /** The supported language with this tag ("es", "pt-BR"), if any. */
    public static Optional<Locale> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.trim());
        return SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())).findFirst();
    }

    /** The first of the preferred locales (a browser's, in its order) that the tracker speaks, else English. */
    public static Locale firstSpoken(List<Locale> preferred) {
        return preferred.stream().map(Languages::find).flatMap(Optional::stream).findFirst().orElse(DEFAULT);
    }

    /** The language an {@code Accept-Language} header asks for first among those spoken, else English. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale> preferred = new ArrayList<>();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (!range.getRange().equals("*")) {
                    preferred.add(Locale.forLanguageTag(range.getRange()));
                }
            }
            return firstSpoken(preferred);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** The name of a language as a reader of {@code in} writes it, capitalised: "Español", "Inglés", "English". */
    public static String name(Locale language, Locale in) {
        String name = language.getDisplayName(in);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** The name of a language inside a sentence of {@code in}: "Name in Spanish", "Nombre en español". */
    public static String nameInText(Locale language, Locale in) {
        return language.getDisplayName(in);
    }

    /** The name of a language in itself, without its country: what a language switch offers ("Português"). */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The languages of the bundles a class loader sees: English and one per {@code translations_<tag>} file. */
    static List<Locale> discover(ClassLoader loader) {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + BUNDLES + "_*.properties");
            TreeSet<Locale> others = new TreeSet<>(Comparator.comparing(Locale::toLanguageTag));
            for (Resource bundle : bundles) {
                String file = bundle.getFilename();
                String suffix = file.substring(file.lastIndexOf('/') + 1 + "translations_".length(),
                        file.length() - ".properties".length());
                Locale language = Locale.forLanguageTag(suffix.replace('_', '-'));
                if (!language.getLanguage().isEmpty() && !language.getLanguage().equals(DEFAULT.getLanguage())) {
                    others.add(language);
                }
            }
            List<Locale> languages = new ArrayList<>();
            languages.add(DEFAULT);
            languages.addAll(others);
            return List.copyOf(languages);
        } catch (IOException e) {
            throw new UncheckedIOException("the translation bundles cannot be listed", e);
        }
    }

    static Optional<Locale> find(List<Locale> supported, Locale locale) {
        // the exact tag first (pt-BR), then the language alone (es-CO is Spanish)
        return supported.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(locale.toLanguageTag())).findFirst()
                .or(() -> supported.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst());
    }
}
