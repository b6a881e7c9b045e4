package org.mixedmovements.tracker.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guard of issue 18 finds English phrases, codes and raw keys, and lets the reader's language through. */
class EnglishLeaksTest {

    private final EnglishLeaks spanish = new EnglishLeaks(Locale.forLanguageTag("es"));

    @Test
    void an_english_phrase_of_the_bundle_is_a_leak() {
        assertThat(spanish.in(List.of("Hito: Milestone deadlines"), "test")).hasSize(1);
    }

    @Test
    void a_code_and_a_raw_key_are_leaks() {
        assertThat(spanish.in(List.of("Estado: NO_OBJECTION"), "test")).hasSize(1);
        assertThat(spanish.in(List.of("menu.meetings"), "test")).hasSize(1);
        assertThat(spanish.in(List.of("operations.timer.step"), "test")).isNotEmpty();
    }

    @Test
    void the_readers_language_neutral_data_and_addresses_are_not() {
        assertThat(spanish.in(List.of("Plazos del hito", "Ω1 · R4V · IBC-HM", "wg.unhcr@example.org", "TEST-12"), "test"))
                .isEmpty();
    }

    @Test
    void the_literal_parts_of_a_message_format_are_its_phrases() {
        assertThat(EnglishLeaks.fragments("{0}: Partially accepted, target period {1}; {2,choice,0#none|1#one}"))
                .containsExactly("Partially accepted, target period");
    }
}
