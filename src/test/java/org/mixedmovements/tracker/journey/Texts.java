package org.mixedmovements.tracker.journey;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The application's own words in one language, so a journey checks what a user reads in English or in Spanish. */
final class Texts {

    private final Properties bundle = new Properties();
    private final Locale locale;

    private Texts(String language) {
        this.locale = Locale.forLanguageTag(language);
        String file = language.equals("en") ? "translations.properties" : "translations_" + language + ".properties";
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

    /** The browser's language tag for this language. */
    String browserLanguage() {
        return locale.getLanguage().equals("es") ? "es-ES" : "en-US";
    }

    String get(String key, Object... arguments) {
        String value = bundle.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no translation key " + key);
        }
        return arguments.length == 0 ? value : new MessageFormat(value, locale).format(arguments);
    }
}
