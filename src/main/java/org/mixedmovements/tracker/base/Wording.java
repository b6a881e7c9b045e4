package org.mixedmovements.tracker.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence the application stores for people to read later (an audit entry's details, a decision's proposal), as
 * a message key of the bundles and typed arguments, so that every reader reads it in their own language: texts
 * people typed (reasons, notes, names) as typed, numbers for {@code choice}/plural forms, dates in the reader's
 * format, and codes of the application (a decision rule, a vote, a response) as the words the bundles have for them.
 * Stored as the key and a JSON array of [kind, value] pairs ({@link #argumentsJson()}, {@link #read}).
 */
public record Wording(String key, List<Arg> args) {

    /** The key of a text recorded in English before it had a key: shown as recorded, marked so for other readers. */
    public static final String AS_RECORDED = "wording.as-recorded";
    /** The longest text argument kept (the columns hold 4000 characters of arguments). */
    private static final int TEXT_MAX = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How an argument is shown. */
    public enum Kind {
        /** As typed: a reason, a note, a name, a code of a recommendation or plan. */
        TEXT("s"),
        /** A number (counts choose their plural form). */
        NUMBER("n"),
        /** A day, in the reader's format. */
        DATE("d"),
        /** A word of the bundles, named by its key: what a code (an enum) means. */
        WORD("w"),
        /** An organisation's code. */
        ORGANISATION("o");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        static Kind of(String tag) {
            for (Kind k : values()) {
                if (k.tag.equals(tag)) {
                    return k;
                }
            }
            return TEXT;
        }
    }

    /** One argument: its kind and its value as a string (a number's digits, a date's ISO form, a word's key). */
    public record Arg(Kind kind, String value) {
    }

    public Wording {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /**
     * A wording with these arguments: a {@link String} is a text, a {@link Number} a number, a {@link LocalDate} a
     * date, an {@link Arg} itself ({@link #word}, {@link #organisation}); null is an empty text.
     */
    public static Wording of(String key, Object... arguments) {
        List<Arg> args = new ArrayList<>();
        for (Object a : arguments) {
            args.add(arg(a));
        }
        return new Wording(key, args);
    }

    /** A text recorded in English before it had a key (null reads as empty). */
    public static Wording asRecorded(String text) {
        return new Wording(AS_RECORDED, List.of(new Arg(Kind.TEXT, text == null ? "" : text)));
    }

    /** A code of the application shown as the bundles' word for it: {@code word("vote.", VoteChoice.APPROVE)}. */
    public static Arg word(String prefix, Enum<?> value) {
        return value == null ? new Arg(Kind.TEXT, "") : new Arg(Kind.WORD, prefix + value.name());
    }

    /** A word of the bundles named by its whole key (it must be one the bundles have). */
    public static Arg word(String key) {
        return new Arg(Kind.WORD, key);
    }

    public static Arg organisation(String code) {
        return new Arg(Kind.ORGANISATION, code == null ? "" : code);
    }

    private static Arg arg(Object a) {
        if (a instanceof Arg given) {
            return given;
        }
        if (a instanceof Number n) {
            return new Arg(Kind.NUMBER, new BigDecimal(n.toString()).toPlainString());
        }
        if (a instanceof LocalDate d) {
            return new Arg(Kind.DATE, d.toString());
        }
        if (a instanceof Enum<?> e) {
            throw new IllegalArgumentException("a code needs its words: Wording.word(prefix, " + e.name() + ")");
        }
        String text = a == null ? "" : a.toString();
        return new Arg(Kind.TEXT, text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…");
    }

    /** The arguments' value of the given position, as recorded (a date's ISO form); empty past the last one. */
    public String value(int index) {
        return index < args.size() ? args.get(index).value() : "";
    }

    /**
     * The sentence in the language of the locale; a text {@link #asRecorded recorded in English} as recorded for an
     * English reader, marked "(in English, as recorded)" in the words of any other.
     */
    public String render(Locale locale) {
        if (AS_RECORDED.equals(key) && Translations.language(locale).getLanguage().equals("en")) {
            return value(0);
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = shown(args.get(i), locale);
        }
        return Translations.text(locale, key, values);
    }

    private static Object shown(Arg a, Locale locale) {
        return switch (a.kind()) {
            case NUMBER -> new BigDecimal(a.value());
            case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(LocalDate.parse(a.value()));
            // a code the bundles do not know reads as itself, never as its key
            case WORD -> Translations.find(locale, a.value())
                    .orElse(a.value().substring(a.value().lastIndexOf('.') + 1));
            case TEXT, ORGANISATION -> a.value();
        };
    }

    /** The arguments as stored: a JSON array of [kind, value] pairs. */
    public String argumentsJson() {
        List<List<String>> pairs = args.stream().map(a -> List.of(a.kind().tag, a.value())).toList();
        try {
            return JSON.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wording a row holds: its key and its arguments as stored; null when the key is (a row from before keys). */
    public static Wording read(String key, String argumentsJson) {
        if (key == null) {
            return null;
        }
        List<Arg> args = new ArrayList<>();
        if (argumentsJson != null && !argumentsJson.isBlank()) {
            try {
                for (List<String> pair : JSON.readValue(argumentsJson, new TypeReference<List<List<String>>>() { })) {
                    args.add(new Arg(Kind.of(pair.get(0)), pair.get(1)));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("arguments of " + key + " unreadable: " + argumentsJson, e);
            }
        }
        return new Wording(key, args);
    }

    /** The wording a row holds, or for a row from before keys its English text {@link #asRecorded as recorded}. */
    public static Wording read(String key, String argumentsJson, String recorded) {
        Wording w = read(key, argumentsJson);
        return w != null ? w : asRecorded(recorded);
    }
}
