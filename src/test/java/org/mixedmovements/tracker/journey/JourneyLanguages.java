package org.mixedmovements.tracker.journey;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The languages a journey runs in, for its {@code @MethodSource}. Within CI's time, every journey runs in English (the
 * reference, and the user guide's screenshots) and in Spanish (the working group's own language), and in one of
 * Portuguese and French, taken in turn, so that each of these two is clicked through by several journeys; the tour of
 * every view runs in all four. The accessibility check (axe-core on every view, the longest journey) runs in English
 * and Spanish. {@code -Dtracker.journeys.languages=all} runs every journey in all four languages;
 * {@code -Dtracker.journeys.languages=pt-BR,fr} runs every journey in those languages only.
 */
final class JourneyLanguages {

    static final String PROPERTY = "tracker.journeys.languages";
    static final List<String> ALL = List.of("en", "es", "pt-BR", "fr");

    private JourneyLanguages() {
    }

    /** English and Spanish, unless the property says otherwise. */
    static Stream<String> withSpanish() {
        return chosenOr("en", "es");
    }

    /** English, Spanish and Portuguese (Brazil), unless the property says otherwise. */
    static Stream<String> withPortuguese() {
        return chosenOr("en", "es", "pt-BR");
    }

    /** English, Spanish and French, unless the property says otherwise. */
    static Stream<String> withFrench() {
        return chosenOr("en", "es", "fr");
    }

    /** English, Spanish, Portuguese (Brazil) and French, unless the property names fewer. */
    static Stream<String> all() {
        return chosenOr(ALL.toArray(String[]::new));
    }

    private static Stream<String> chosenOr(String... rotation) {
        String chosen = System.getProperty(PROPERTY, "").trim();
        if (chosen.isEmpty()) {
            return Stream.of(rotation);
        }
        if (chosen.equalsIgnoreCase("all")) {
            return ALL.stream();
        }
        List<String> languages = Arrays.stream(chosen.split(",")).map(String::trim).toList();
        for (String language : languages) {
            if (!ALL.contains(language)) {
                throw new IllegalArgumentException(PROPERTY + ": " + language + " is none of " + ALL + " nor all");
            }
        }
        return ALL.stream().filter(languages::contains);
    }
}
