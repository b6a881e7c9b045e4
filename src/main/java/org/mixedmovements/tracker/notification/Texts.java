package org.mixedmovements.tracker.notification;

import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.Translations;
import org.springframework.stereotype.Component;

/**
 * The translation bundles the views use (vaadin-i18n/translations*.properties), read for an email: the recipient is
 * not the signed-in user, so the text is taken in the recipient's stored language, not the request's.
 */
@Component
class Texts {

    String text(Locale locale, String key, Object... arguments) {
        return Translations.find(locale, key, arguments).orElse("!" + key);
    }

    /** A notification's text: arguments named {@code key:...} are translated first. */
    String notification(Locale locale, NotificationKind kind, List<String> arguments) {
        Object[] resolved = arguments.stream().map(a -> InboxItem.shown(a, locale, key -> text(locale, key))).toArray();
        return text(locale, kind.messageKey(), resolved);
    }

}
