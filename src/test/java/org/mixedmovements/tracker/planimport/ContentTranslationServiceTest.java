package org.mixedmovements.tracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mixedmovements.tracker.planimport.ImportFiles.csv;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.milestone.Milestone;
import org.mixedmovements.tracker.milestone.MilestoneQueries;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.ContentTranslationService.Translation;
import org.mixedmovements.tracker.recommendation.LocalisedText;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A plan's own texts in several languages: imported with the plan, entered by the secretariat, read in one's own. */
@TrackerTest
class ContentTranslationServiceTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired ContentTranslationService translations;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyTaskService tasks;
    @Autowired MilestoneQueries milestones;

    String code;

    @BeforeEach
    void signIn() {
        fixtures.signIn("secretariat");
        code = ImportFiles.newPlanCode();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    UploadedFile planRow() {
        return csv("plan.csv", "code,title,source,published_on,languages,time_zone\n"
                + code + ",Plan in two languages,Tests,2024-07-16,en;es,America/Panama\n");
    }

    RecommendationSummary importedWith(String header, String row) {
        Long planId = importer.importFile(importer.read(List.of(planRow(), csv("recs.csv",
                "code,title,theme,coordination_level,scope,countries,depends_on,full_text," + header + "\n"
                        + "S1,Strategy,Coverage,BOTH,REGIONAL,,,The study's words.," + row + "\n"))),
                ImportProgress.NONE).planId();
        return recommendations.list(planId).get(0);
    }

    @Test
    void aSpanishReaderReadsTheImportedSpanishTitleMarkedUnofficialAndAFrenchReaderTheOriginalMarkedAsSuch() {
        RecommendationSummary r = importedWith("title_es,theme_es,translations_unofficial", "Estrategia,Cobertura,yes");

        LocalisedText spanish = translations.text(r.id(), TranslatedField.TITLE, r.title(), SPANISH);
        LocalisedText french = translations.text(r.id(), TranslatedField.TITLE, r.title(), Locale.FRENCH);
        LocalisedText english = translations.text(r.id(), TranslatedField.TITLE, r.title(), Locale.ENGLISH);

        assertThat(spanish).isEqualTo(new LocalisedText("Estrategia", SPANISH, false, true));
        assertThat(spanish.translated()).isTrue();
        assertThat(french).isEqualTo(new LocalisedText("Strategy", Locale.ENGLISH, true, false));
        assertThat(english.original()).isFalse();
        assertThat(translations.text(r.id(), TranslatedField.THEME, r.theme(), Locale.forLanguageTag("es-CO")).text())
                .isEqualTo("Cobertura");
    }

    @Test
    void aPortugueseColumnWrittenPtIsBrazilianPortugueseAndOfficialWithoutTheFlag() {
        RecommendationSummary r = importedWith("Título_pt", "Estratégia");

        assertThat(translations.text(r.id(), TranslatedField.TITLE, r.title(), Locale.forLanguageTag("pt-BR")))
                .isEqualTo(new LocalisedText("Estratégia", Locale.forLanguageTag("pt-BR"), false, false));
    }

    @Test
    void aColumnOfALanguageTheTrackerDoesNotSpeakIsRefusedByItsNameAndNothingIsWritten() {
        int before = jdbc.queryForObject("select count(*) from recommendation", Integer.class);
        int translated = jdbc.queryForObject("select count(*) from content_translation", Integer.class);

        assertThatThrownBy(() -> importedWith("title_es,title_de", "Estrategia,Strategie"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.details())
                        .extracting(p -> p.column() + ":" + p.messageKey())
                        .containsExactly("title_de:content.import.unknown-language"));
        assertThat(plans.findByCode(code)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from recommendation", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from content_translation", Integer.class)).isEqualTo(translated);
    }

    @Test
    void theSecretariatChangesATranslationWhichIsAuditedAndThenOfficial() {
        RecommendationSummary r = importedWith("title_es,translations_unofficial", "Estrategia,si");
        int audited = jdbc.queryForObject("select count(*) from audit_event", Integer.class);

        translations.translate(r.id(), SPANISH, List.of(
                new Translation(TranslatedField.TITLE, SPANISH, "Estrategia de respuesta"),
                new Translation(TranslatedField.FULL_TEXT, SPANISH, "Las palabras del estudio."),
                new Translation(TranslatedField.THEME, SPANISH, "Cobertura")), false);

        assertThat(translations.text(r.id(), TranslatedField.TITLE, r.title(), SPANISH))
                .isEqualTo(new LocalisedText("Estrategia de respuesta", SPANISH, false, false));
        assertThat(translations.text(r.id(), TranslatedField.FULL_TEXT, "", SPANISH).text())
                .isEqualTo("Las palabras del estudio.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(audited + 1);
    }

    @Test
    void anEmptyOrTooLongTranslationIsRefusedOnItsFieldAndNothingIsWritten() {
        RecommendationSummary r = importedWith("title_es", "Estrategia");

        assertThatThrownBy(() -> translations.translate(r.id(), SPANISH, List.of(
                new Translation(TranslatedField.TITLE, SPANISH, " "),
                new Translation(TranslatedField.THEME, SPANISH, "x".repeat(101))), true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("title:validation.required", "theme:validation.too-long"));
        assertThat(translations.stored(r.id(), TranslatedField.TITLE, SPANISH)).contains("Estrategia");
        assertThat(translations.stored(r.id(), TranslatedField.THEME, SPANISH)).isEmpty();
    }

    @Test
    void anAgencyMayNotTranslate() {
        RecommendationSummary r = importedWith("title_es", "Estrategia");
        fixtures.signIn("agency.r4v");

        assertThatThrownBy(() -> translations.translate(r.id(), SPANISH,
                List.of(new Translation(TranslatedField.TITLE, SPANISH, "Otra")), true))
                .isInstanceOf(NotPermittedException.class);
        assertThat(translations.stored(r.id(), TranslatedField.TITLE, SPANISH)).contains("Estrategia");
    }

    @Test
    void aTranslationIntoTheOriginalsLanguageIsRefused() {
        RecommendationSummary r = importedWith("title_es", "Estrategia");

        assertThatThrownBy(() -> translations.translate(r.id(), Locale.ENGLISH,
                List.of(new Translation(TranslatedField.TITLE, Locale.ENGLISH, "Other")), true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("content.error.language"));
    }

    @Test
    void theSecretariatNamesAMilestoneInFrenchWhichAFrenchReaderReadsAndASpanishReaderReadsInTheOriginal() {
        Long recommendation = fixtures.newRecommendation("Milestones in two languages");
        fixtures.adopt(recommendation, "R4V");
        fixtures.signIn("agency.r4v");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        Milestone first = milestones.ofRecommendation(recommendation).get(0);
        fixtures.signIn("secretariat");

        translations.translate(first.getId(), Locale.FRENCH, List.of(new Translation(TranslatedField.MILESTONE_NAME,
                Locale.FRENCH, "Termes de référence adoptés")), false);

        assertThat(translations.text(first.getId(), TranslatedField.MILESTONE_NAME, first.getName(), Locale.FRENCH))
                .isEqualTo(new LocalisedText("Termes de référence adoptés", Locale.FRENCH, false, false));
        assertThat(translations.text(first.getId(), TranslatedField.MILESTONE_NAME, first.getName(), SPANISH))
                .isEqualTo(new LocalisedText(first.getName(), Locale.ENGLISH, true, false));
    }
}
