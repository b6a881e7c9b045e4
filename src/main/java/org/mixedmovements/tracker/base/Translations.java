package org.mixedmovements.tracker.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The translation bundles the views read (vaadin-i18n/translations*.properties), for text made outside a view: a
 * mail in its recipient's language, a file in its reader's, an API answer in the language the request asks for.
 * Arguments are formatted as Vaadin formats them (MessageFormat).
 */
public final class Translations {

    private static final String BUNDLE = Languages.BUNDLES;

    private Translations() {
    }

    /** The text of the key in the language of the locale (one of {@link Languages}, else English), if a bundle has it. */
    public static Optional<String> find(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** The text of the key, or the key itself where no bundle has it. */
    public static String text(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElse(key);
    }

    /** The language a text is given in: the supported language of the locale, English for anything else. */
    public static Locale language(Locale locale) {
        return Languages.of(locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = language(locale);
        return ResourceBundle.getBundle(BUNDLE, Languages.DEFAULT.equals(language) ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
