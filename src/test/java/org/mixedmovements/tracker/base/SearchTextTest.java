package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accents_case_and_spacing_do_not_matter() {
        assertThat(SearchText.normalise("  Coordinación con\tMIGRACIÓN  Colombia ")).isEqualTo("coordinacion con migracion colombia");
        assertThat(SearchText.normalise("Ñandú, São Paulo, Zürich")).isEqualTo("nandu, sao paulo, zurich");
        assertThat(SearchText.words("Migración  migracion COLOMBIA")).containsExactly("migracion", "colombia");
        assertThat(SearchText.words("   ")).isEmpty();
    }

    @Test
    void like_wildcards_typed_by_the_user_are_taken_literally() {
        assertThat(SearchText.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }

    @Test
    void the_stored_form_is_cut_to_the_column() {
        assertThat(SearchText.of(10, "Código", null, "Título largo")).isEqualTo("codigo tit");
    }

    @Test
    void an_excerpt_shows_the_original_words_around_the_first_match() {
        String text = "La coordinación regional con Migración Colombia mejora el registro de personas refugiadas.";
        assertThat(SearchText.excerpt(text, List.of("migracion"), 10)).isEqualTo("…ional con Migración…");
        assertThat(SearchText.excerpt(text, List.of("peru"), 10)).isNull();
    }
}
