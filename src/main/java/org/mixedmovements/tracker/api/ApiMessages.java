package org.mixedmovements.tracker.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.Translations;
import org.springframework.stereotype.Component;

/**
 * The API's texts from the UI's translation bundles (vaadin-i18n), in the language the request asks for
 * ({@code Accept-Language}: the first of the tracker's {@link Languages} it names, English by default), so a refusal reads the same as on screen.
 */
@Component
public class ApiMessages {

    public Locale localeOf(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The text of the key with its arguments; the key itself if no bundle has it. */
    public String text(Locale locale, String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    /** The label of a field as the forms show it ({@code field.<name>}), or the name itself. */
    public String field(Locale locale, String name) {
        String key = "field." + name;
        String text = text(locale, key);
        return text.equals(key) ? name : text;
    }

    static List<Locale> supported() {
        return Languages.supported();
    }
}
