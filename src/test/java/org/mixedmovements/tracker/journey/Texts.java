package org.mixedmovements.tracker.journey;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The application's own words in one language (en, es, pt-BR, fr), read from its bundle, so a journey checks what a
 * user reads in that language.
 */
final class Texts {

    private final Properties bundle = new Properties();
    private final Locale locale;

    private Texts(String language) {
        this.locale = Locale.forLanguageTag(language);
        String file = language.equals("en") ? "translations.properties"
                : "translations_" + language.replace('-', '_') + ".properties";
        try (Reader reader = new InputStreamReader(Texts.class.getResourceAsStream("/vaadin-i18n/" + file),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Texts of(String language) {
        return new Texts(language);
    }

    /** The browser's language tag for this language: en-US, es-ES, pt-BR, fr-FR. */
    String browserLanguage() {
        return switch (locale.getLanguage()) {
            case "en" -> "en-US";
            case "es" -> "es-ES";
            case "pt" -> "pt-BR";
            case "fr" -> "fr-FR";
            default -> throw new IllegalArgumentException("no journey language " + locale);
        };
    }

    /** The language's tag as the journeys name it (en, es, pt-BR, fr): screenshots and typed texts carry it. */
    String language() {
        return locale.toLanguageTag();
    }

    /** How a date is typed into a date field in this language: month first in English, day first in the others. */
    java.time.format.DateTimeFormatter dates() {
        return java.time.format.DateTimeFormatter.ofPattern(
                locale.getLanguage().equals("en") ? "M/d/yyyy" : "d/M/yyyy");
    }

    String get(String key, Object... arguments) {
        String value = bundle.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no translation key " + key);
        }
        return arguments.length == 0 ? value : new MessageFormat(value, locale).format(arguments);
    }
}
