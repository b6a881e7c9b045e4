package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker's languages are the bundles it carries: adding a language is adding its bundle files. */
class LanguagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theTrackerSpeaksEnglishFirstThenTheLanguageOfEveryBundleItCarries() {
        assertThat(Languages.supported()).startsWith(Locale.ENGLISH).contains(SPANISH).doesNotHaveDuplicates();
    }

    @Test
    void aLanguageIsAddedByAddingItsBundleFilesAndNothingElse(@TempDir Path classes) throws IOException {
        Path bundles = Files.createDirectories(classes.resolve("vaadin-i18n"));
        Files.writeString(bundles.resolve("translations.properties"), "menu.dashboard=Dashboard\n");
        Files.writeString(bundles.resolve("translations_es.properties"), "menu.dashboard=Panel\n");
        Files.writeString(bundles.resolve("translations_pt_BR.properties"), "menu.dashboard=Painel\n");
        Files.writeString(bundles.resolve("translations_eo.properties"), "menu.dashboard=Panelo\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            List<Locale> languages = Languages.discover(loader);

            assertThat(languages).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("eo"), SPANISH,
                    Locale.forLanguageTag("pt-BR"));
            assertThat(Languages.find(languages, Locale.forLanguageTag("pt-PT"))).contains(Locale.forLanguageTag("pt-BR"));
            assertThat(Languages.find(languages, Locale.forLanguageTag("eo"))).contains(Locale.forLanguageTag("eo"));
            assertThat(Languages.find(languages, Locale.FRENCH)).isEmpty();
        }
    }

    @Test
    void aRegionalVariantIsReadInItsLanguageAndAnUnknownLanguageInEnglish() {
        assertThat(Languages.of(Locale.forLanguageTag("es-CO"))).isEqualTo(SPANISH);
        assertThat(Languages.of(Locale.forLanguageTag("ht"))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.forTag("es")).contains(SPANISH);
        assertThat(Languages.forTag("xx")).isEmpty();
    }

    @Test
    void anAcceptLanguageHeaderGivesTheFirstLanguageSpokenInItsOrder() {
        assertThat(Languages.fromAcceptLanguage("ht-HT, es-CO;q=0.8, en;q=0.5")).isEqualTo(SPANISH);
        assertThat(Languages.fromAcceptLanguage("en-GB, es;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("*")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("not a header;;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageIsNamedInItselfOnTheSwitchAndInTheReadersLanguageElsewhere() {
        assertThat(Languages.ownName(SPANISH)).isEqualTo("Español");
        assertThat(Languages.ownName(Locale.ENGLISH)).isEqualTo("English");
        assertThat(Languages.name(Locale.ENGLISH, SPANISH)).isEqualTo("Inglés");
        assertThat(Languages.name(SPANISH, Locale.ENGLISH)).isEqualTo("Spanish");
    }
}
