package org.mixedmovements.tracker.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The translation bundles the views use (vaadin-i18n/translations*.properties), read for an email: the recipient is
 * not the signed-in user, so the text is taken in the recipient's stored language, not the request's.
 */
@Component
class Texts {

    private static final String BUNDLE = "vaadin-i18n/translations";

    String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A notification's text: arguments named {@code key:...} are translated first. */
    String notification(Locale locale, NotificationKind kind, List<String> arguments) {
        Object[] resolved = arguments.stream().map(a -> {
            String key = InboxItem.translatableArgument(a);
            return key == null ? a : text(locale, key);
        }).toArray();
        return text(locale, kind.messageKey(), resolved);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
