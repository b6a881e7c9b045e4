package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The input policy's rules, each by name (issue 22). */
class InputPolicyTest {

    @Test
    void textIsStoredComposedWithUnixLineEndsAndStripped() {
        assertThat(InputPolicy.normalise("  Migracio\u0301n\r\nsegunda\rtercera\t ")).isEqualTo("Migración\nsegunda\ntercera");
        assertThat(InputPolicy.normaliseOrNull(" \n ")).isNull();
        assertThat(InputPolicy.normalise(null)).isNull();
    }

    @Test
    void controlCharactersOtherThanTabAndNewlineAreRefusedNamingTheField() {
        for (String hostile : new String[] {"a\u0000b", "bell\u0007", "esc\u001b[2J", "del\u007f", "c1\u0085", "lone\rcr"}) {
            assertThatThrownBy(() -> InputPolicy.optionalText("note", hostile, 100)).as(hostile)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("note");
                            assertThat(p.messageKey()).isEqualTo("validation.control-characters");
                        });
                    });
        }
        assertThat(InputPolicy.optionalText("note", "tab\there\r\nnext line", 100)).isEqualTo("tab\there\nnext line");
    }

    @Test
    void lengthsAreCountedAfterNormalisation() {
        String decomposed = "e\u0301".repeat(10);
        assertThat(InputPolicy.optionalText("name", decomposed, 10)).hasSize(10);
        assertThatThrownBy(() -> InputPolicy.optionalText("name", "x".repeat(11), 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> InputPolicy.requiredText("name", "  ", 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.required"));
    }

    @Test
    void datesLieFromTheFirstDayOf2000ToTheLastDayOf2100() {
        assertThat(InputPolicy.date("dueDate", LocalDate.of(2000, 1, 1))).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(InputPolicy.date("dueDate", LocalDate.of(2100, 12, 31))).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(InputPolicy.date("dueDate", null)).isNull();
        for (LocalDate outside : new LocalDate[] {LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1),
                LocalDate.of(10000, 1, 1)}) {
            assertThatThrownBy(() -> InputPolicy.date("dueDate", outside)).as(outside.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("dueDate");
                        assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.date-range");
                    });
        }
    }
}
