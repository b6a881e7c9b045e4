package org.mixedmovements.tracker.recommendation;

import java.util.Locale;

/**
 * A plan's text as one reader reads it: its translation into the reader's language when there is one, else the
 * original, in the plan's own language. {@code original} says the original is shown to a reader of another language
 * (the page marks it "(Spanish original)" and sets its {@code lang}); {@code translated} says the text is a
 * translation, and {@code unofficial} that this translation is not an official one (the page says so too). A text
 * that is neither is the original read by a reader of its own language: nothing to mark.
 *
 * @param language the language the text is written in
 */
public record LocalisedText(String text, Locale language, boolean original, boolean unofficial, boolean translated) {

    /** The original, read by someone of its own language: nothing to mark. */
    public static LocalisedText plain(String text, Locale language) {
        return new LocalisedText(text, language, false, false, false);
    }

    /** The original, read by someone of another language, who has no translation: marked as the original. */
    public static LocalisedText original(String text, Locale language) {
        return new LocalisedText(text, language, true, false, false);
    }

    /** A translation into the reader's language. */
    public static LocalisedText translation(String text, Locale language, boolean unofficial) {
        return new LocalisedText(text, language, false, unofficial, true);
    }

    /** The language tag to give the element holding the text: "en", "es", "pt-BR". */
    public String languageTag() {
        return language.toLanguageTag();
    }
}
