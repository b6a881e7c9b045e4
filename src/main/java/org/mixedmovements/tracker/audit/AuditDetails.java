package org.mixedmovements.tracker.audit;

import java.util.Locale;
import java.util.Objects;
import org.mixedmovements.tracker.base.Wording;

/**
 * What an audit entry says: a {@link Wording} whose key is one of the bundles' {@code audit.details.*} texts, so that
 * every reader reads it in their own language (texts as typed, numbers for plural forms, dates in the reader's format,
 * codes as the bundles' words for them).
 */
public record AuditDetails(Wording wording) {

    public AuditDetails {
        Objects.requireNonNull(wording, "wording");
    }

    /** Details with these arguments, as {@link Wording#of}: texts, numbers, dates, {@link #word}s, {@link #organisation}s. */
    public static AuditDetails of(String key, Object... arguments) {
        return new AuditDetails(Wording.of(key, arguments));
    }

    /** A code of the application shown as the bundles' word for it: {@code word("vote.", VoteChoice.APPROVE)}. */
    public static Wording.Arg word(String prefix, Enum<?> value) {
        return Wording.word(prefix, value);
    }

    /** A word of the bundles named by its whole key (it must be one the bundles have). */
    public static Wording.Arg word(String key) {
        return Wording.word(key);
    }

    public static Wording.Arg organisation(String code) {
        return Wording.organisation(code);
    }

    public String key() {
        return wording.key();
    }

    /** The arguments' value of the given position, as recorded (a date's ISO form); empty past the last one. */
    public String value(int index) {
        return wording.value(index);
    }

    /** The details in the language of the locale. */
    public String render(Locale locale) {
        return wording.render(locale);
    }

    String argumentsJson() {
        return wording.argumentsJson();
    }

    /** The details a row holds; null for an entry recorded before details had keys (V26). */
    static AuditDetails read(String key, String argumentsJson) {
        Wording w = Wording.read(key, argumentsJson);
        return w == null ? null : new AuditDetails(w);
    }

    /**
     * What an entry says in the language of the locale: its details, or for an entry recorded before they had keys
     * its summary as recorded, in English, marked so (not for an English reader, who reads it as it was written).
     */
    public static String describe(AuditDetails details, String summary, Locale locale) {
        return (details != null ? details.wording() : Wording.asRecorded(summary)).render(locale);
    }
}
