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

        assertThat(spanish).isEqualTo(LocalisedText.translation("Estrategia", SPANISH, true));
        assertThat(spanish.translated()).isTrue();
        assertThat(french).isEqualTo(LocalisedText.original("Strategy", Locale.ENGLISH));
        assertThat(english.original()).isFalse();
        assertThat(translations.text(r.id(), TranslatedField.THEME, r.theme(), Locale.forLanguageTag("es-CO")).text())
                .isEqualTo("Cobertura");
    }

    @Test
    void aPortugueseColumnWrittenPtIsBrazilianPortugueseAndOfficialWithoutTheFlag() {
        RecommendationSummary r = importedWith("Título_pt", "Estratégia");

        assertThat(translations.text(r.id(), TranslatedField.TITLE, r.title(), Locale.forLanguageTag("pt-BR")))
                .isEqualTo(LocalisedText.translation("Estratégia", Locale.forLanguageTag("pt-BR"), false));
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
                .isEqualTo(LocalisedText.translation("Estrategia de respuesta", SPANISH, false));
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
                .isEqualTo(LocalisedText.translation("Termes de référence adoptés", Locale.FRENCH, false));
        assertThat(translations.text(first.getId(), TranslatedField.MILESTONE_NAME, first.getName(), SPANISH))
                .isEqualTo(LocalisedText.original(first.getName(), Locale.ENGLISH));
    }

    Long importedInSpanish(String header, String row) {
        Long planId = importer.importFile(importer.read(List.of(csv("plan.csv",
                        "code,title,source,published_on,languages,time_zone\n"
                                + code + ",Plan en español,Pruebas,2024-07-16,es;en,America/Bogota\n"),
                csv("recs.csv", "code,title,theme,coordination_level,scope,countries,depends_on,full_text"
                        + (header.isEmpty() ? "" : "," + header) + "\n"
                        + "S1,Consultas nacionales,Cobertura,BOTH,REGIONAL,,,Las palabras del estudio."
                        + (row.isEmpty() ? "" : "," + row) + "\n"))), ImportProgress.NONE).planId();
        return recommendations.list(planId).get(0).id();
    }

    @Test
    void aPlanWrittenInSpanishReadsUnmarkedInSpanishAndAsTheSpanishOriginalInEnglishUntilTranslatedIntoEnglish() {
        Long r = importedInSpanish("title_fr", "Consultations nationales");

        assertThat(translations.text(r, TranslatedField.TITLE, "Consultas nacionales", SPANISH))
                .isEqualTo(LocalisedText.plain("Consultas nacionales", SPANISH));
        assertThat(translations.text(r, TranslatedField.TITLE, "Consultas nacionales", Locale.ENGLISH))
                .isEqualTo(LocalisedText.original("Consultas nacionales", SPANISH));
        assertThat(translations.text(r, TranslatedField.TITLE, "Consultas nacionales", Locale.FRENCH))
                .isEqualTo(LocalisedText.translation("Consultations nationales", Locale.FRENCH, false));
        assertThat(translations.targetLanguages("recommendation", r)).extracting(Locale::toLanguageTag)
                .containsExactly("en", "fr", "pt-BR");

        translations.translate(r, Locale.ENGLISH, List.of(new Translation(TranslatedField.TITLE, Locale.ENGLISH,
                "National consultations")), true);

        assertThat(translations.text(r, TranslatedField.TITLE, "Consultas nacionales", Locale.ENGLISH))
                .isEqualTo(LocalisedText.translation("National consultations", Locale.ENGLISH, true));
        assertThatThrownBy(() -> translations.translate(r, SPANISH, List.of(new Translation(TranslatedField.TITLE,
                SPANISH, "Otra")), true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("content.error.language"));
    }

    @Test
    void aSpanishPlansColumnInSpanishIsRefusedAsItsOriginalWhileOneInEnglishIsATranslation() {
        assertThatThrownBy(() -> importedInSpanish("title_es", "Consultas"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.details())
                        .extracting(p -> p.column() + ":" + p.messageKey())
                        .containsExactly("title_es:content.import.unknown-language"));
        assertThat(plans.findByCode(code)).isEmpty();

        Long r = importedInSpanish("title_en,translations_unofficial", "National consultations,no");

        assertThat(translations.text(r, TranslatedField.TITLE, "Consultas nacionales", Locale.ENGLISH))
                .isEqualTo(LocalisedText.translation("National consultations", Locale.ENGLISH, false));
    }

    UploadedFile milestoneSheet(String header, String... rows) {
        StringBuilder text = new StringBuilder("recommendation,title,owner,country,planned_start,due_date,"
                + "evidence_required,depends_on," + header + "\n");
        for (String row : rows) {
            text.append(row).append("\n");
        }
        return csv("milestones.csv", text.toString());
    }

    UploadedFile oneRecommendation() {
        return csv("recs.csv", "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                + "S1,Strategy,Coverage,BOTH,REGIONAL,,,The study's words.\n");
    }

    @Test
    void milestoneNamesAreImportedFromTheirColumnsAndAReaderOfTheLanguageReadsThem() {
        Long planId = importer.importFile(importer.read(List.of(planRow(), oneRecommendation(),
                milestoneSheet("name_es,Título_fr,translations_unofficial",
                        "S1,Terms of reference adopted,OCHA,,,2030-06-30,yes,,Términos de referencia adoptados,"
                                + "Termes de référence adoptés,yes",
                        "S1,Consultation held,OCHA,,,2030-09-30,no,,Consulta realizada,,no"))),
                ImportProgress.NONE).planId();
        List<Milestone> imported = milestones.ofRecommendation(recommendations.list(planId).get(0).id());

        assertThat(imported).extracting(m -> translations.text(m.getId(), TranslatedField.MILESTONE_NAME,
                m.getName(), SPANISH)).containsExactly(
                LocalisedText.translation("Términos de referencia adoptados", SPANISH, true),
                LocalisedText.translation("Consulta realizada", SPANISH, false));
        assertThat(imported).extracting(m -> translations.text(m.getId(), TranslatedField.MILESTONE_NAME,
                m.getName(), Locale.FRENCH)).containsExactly(
                LocalisedText.translation("Termes de référence adoptés", Locale.FRENCH, true),
                LocalisedText.original("Consultation held", Locale.ENGLISH));
    }

    @Test
    void aMilestoneNameColumnOfAnUnknownLanguageOrATooLongNameIsRefusedByColumnAndRowAndNothingIsWritten() {
        int milestoneRows = jdbc.queryForObject("select count(*) from milestone", Integer.class);
        int translated = jdbc.queryForObject("select count(*) from content_translation", Integer.class);

        assertThatThrownBy(() -> importer.importFile(importer.read(List.of(planRow(), oneRecommendation(),
                milestoneSheet("name_de,name_es,translations_unofficial",
                        "S1,Terms of reference adopted,OCHA,,,2030-06-30,yes,,Referenzbedingungen,"
                                + "x".repeat(301) + ",maybe"))), ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.details())
                        .extracting(p -> p.sheet() + ":" + p.row() + ":" + p.column() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("milestones.csv:null:name_de:content.import.unknown-language",
                                "milestones.csv:2:name_es:validation.too-long",
                                "milestones.csv:2:translations_unofficial:import.error.yes-no"));
        assertThat(plans.findByCode(code)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from milestone", Integer.class)).isEqualTo(milestoneRows);
        assertThat(jdbc.queryForObject("select count(*) from content_translation", Integer.class)).isEqualTo(translated);
    }

    @Test
    void importingTheMilestonesAgainWithANameColumnTranslatesTheKeptMilestonesWithoutReplacingATranslation() {
        Long planId = importer.importFile(importer.read(List.of(planRow(), oneRecommendation(),
                milestoneSheet("name_es", "S1,Terms of reference adopted,OCHA,,,2030-06-30,yes,,Términos adoptados",
                        "S1,Consultation held,OCHA,,,2030-09-30,no,,"))), ImportProgress.NONE).planId();

        importer.importFile(importer.read(List.of(planRow(), milestoneSheet("nombre_es",
                "S1,Terms of reference adopted,OCHA,,,2030-06-30,yes,,Otro nombre",
                "S1,consultation held,OCHA,,,2030-09-30,no,,Consulta realizada"))), ImportProgress.NONE);

        assertThat(milestones.ofRecommendation(recommendations.list(planId).get(0).id()))
                .extracting(m -> translations.text(m.getId(), TranslatedField.MILESTONE_NAME, m.getName(), SPANISH)
                        .text()).containsExactly("Términos adoptados", "Consulta realizada");
    }
}
