package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A stored sentence is read in the reader's language, survives its storage, and an old English text is marked so. */
class WordingTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    @Test
    void a_milestones_proposal_counts_its_files_in_each_language() {
        Wording one = Wording.of("decision.proposal.milestone", "Sector map shared", LocalDate.of(2026, 3, 2),
                "Map on the portal", 1);
        assertThat(one.render(Locale.ENGLISH)).isEqualTo(
                "“Sector map shared” reported done on Mar 2, 2026; evidence: Map on the portal (one file or link attached)");
        assertThat(one.render(SPANISH)).startsWith("«Sector map shared» informado como terminado el ")
                .endsWith("(un archivo o enlace adjunto)");
        Wording three = Wording.of("decision.proposal.milestone", "Sector map shared", LocalDate.of(2026, 3, 2),
                "Map on the portal", 3);
        assertThat(three.render(PORTUGUESE)).endsWith("(3 arquivos ou links anexados)");
        assertThat(three.render(Locale.FRENCH)).endsWith("(3 fichiers ou liens joints)");
    }

    @Test
    void a_deadline_change_shows_both_dates_in_the_readers_format() {
        Wording w = Wording.of("decision.proposal.deadline-change", "Referral pathway published",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15), "Waiting for the ministry");
        assertThat(w.render(SPANISH)).isEqualTo(
                "Mover la fecha de vencimiento de «Referral pathway published» del 1 may 2026 al 15 jun 2026: "
                        + "Waiting for the ministry");
    }

    @Test
    void a_word_is_stored_by_its_key_and_read_back_as_the_same_wording() {
        Wording w = Wording.of("decision.proposal.response-target", "R6",
                Wording.word("response.", TestResponse.ACCEPTED), "2027-H2");
        Wording read = Wording.read(w.key(), w.argumentsJson());
        assertThat(read).isEqualTo(w);
        assertThat(read.render(Locale.FRENCH)).isEqualTo("R6 : Acceptée, période cible 2027-H2");
    }

    @Test
    void a_text_recorded_in_english_before_keys_is_shown_as_recorded_and_marked_for_other_readers() {
        Wording old = Wording.read(null, null, "R6: ACCEPTED, target 2027-H2");
        assertThat(old.render(Locale.ENGLISH)).isEqualTo("R6: ACCEPTED, target 2027-H2");
        assertThat(old.render(PORTUGUESE)).isEqualTo("R6: ACCEPTED, target 2027-H2 (em inglês, como registrado)");
    }

    private enum TestResponse { ACCEPTED }
}
