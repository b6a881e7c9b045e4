package org.mixedmovements.tracker.recommendation;

import java.util.Locale;

/**
 * A plan's text as one reader reads it: its translation into the reader's language when there is one, else the
 * original. {@code original} says the original is shown to a reader of another language (the page marks it and sets
 * its {@code lang}); {@code unofficial} says a translation is not an official one (the page says so too).
 *
 * @param language the language the text is written in
 */
public record LocalisedText(String text, Locale language, boolean original, boolean unofficial) {

    /** The original, read by someone of its own language: nothing to mark. */
    public static LocalisedText plain(String text) {
        return new LocalisedText(text, ContentTranslationService.ORIGINAL, false, false);
    }

    /** Whether the text is a translation (official or not). */
    public boolean translated() {
        return !original && !language.equals(ContentTranslationService.ORIGINAL);
    }

    /** The language tag to give the element holding the text: "en", "es", "pt-BR". */
    public String languageTag() {
        return language.toLanguageTag();
    }
}
