package org.mixedmovements.tracker.planimport;

import java.util.Locale;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.LocalisedText;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationDetails;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The plan the product ships with, loaded from its CSV files through the import code. */
@TrackerTest
class ShippedPlanTest {

    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired OrganisationService organisations;
    @Autowired ShippedPlanLoader loader;
    @Autowired PlanImportService importer;
    @Autowired ContentTranslationService translations;

    Plan shipped() {
        return plans.findByCode("LAC-2024").orElseThrow();
    }

    @Test
    void allFourteenRecommendationsAreThereInTheStudysOrderWithoutALead() {
        List<RecommendationSummary> list = recommendations.list(shipped().getId());
        assertThat(list).extracting(RecommendationSummary::code)
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14");
        assertThat(list).allMatch(r -> r.leadOrganisationCode() == null);
        assertThat(shipped().zone().getId()).isEqualTo("America/Panama");
    }

    @Test
    void everyFullTextIsAPassageOfTheStudyWordForWord() throws IOException {
        String study = new ClassPathResource("plans/lac-2024/source.txt").getContentAsString(StandardCharsets.UTF_8);
        for (RecommendationSummary r : recommendations.list(shipped().getId())) {
            RecommendationDetails details = recommendations.details(r.id());
            assertThat(study).as(r.code()).contains(details.fullText());
            assertThat(details.fullText()).as(r.code()).endsWith(".");
        }
        RecommendationDetails r2 = recommendations.details(recommendations.list(shipped().getId()).get(1).id());
        assertThat(r2.fullText()).startsWith("A specific Working Group should establish the timetable");
    }

    @Test
    void theConferenceDependsOnTheStrategy() {
        RecommendationSummary r6 = recommendations.list(shipped().getId()).get(5);
        assertThat(recommendations.details(r6.id()).dependsOn()).containsExactly("R5");
    }

    @Test
    void loadingAgainDuplicatesNothing() throws Exception {
        int before = recommendations.listAll().size();
        loader.run(null);
        loader.run(null);
        assertThat(recommendations.listAll()).hasSize(before);
        assertThat(plans.all().stream().filter(p -> p.getCode().equals("LAC-2024"))).hasSize(1);
    }

    @Test
    void theOrganisationsIncludeAnNgoNetworkAndAStateInstitutionAmongTheVotingMembers() {
        assertThat(organisations.all()).anyMatch(o -> o.getKind() == OrganisationKind.STATE_INSTITUTION
                && organisations.isVotingMember(o.getId()));
        assertThat(organisations.all()).anyMatch(o -> o.getKind() == OrganisationKind.NGO_NETWORK
                && organisations.isVotingMember(o.getId()));
        assertThat(organisations.membershipOf(organisations.findByCode("IOM").orElseThrow().getId()))
                .hasValueSatisfying(m -> assertThat(m.isChair()).isTrue());
        assertThat(organisations.countries()).anyMatch(c -> c.getIso2().equals("VE") && c.getIso3().equals("VEN"));
    }

    @Test
    void aFileWithErrorsListsEveryRowAtFaultAndImportsNothing() {
        String plan = "code;title;source;published_on;languages;time_zone\nBAD-1;Bad plan;x;31/02/2024;es;Mars/Olympus\n";
        String recs = "\uFEFFcode;title;theme;coordination_level;scope;countries;depends_on;full_text\n"
                + "A1;Uno;Tema;BOTH;REGIONAL;CO;;Texto.\n"
                + "A1;Dos;Tema;SIDEWAYS;REGIONAL;XX;A9;\n";
        assertThatThrownBy(() -> importer.importPlan(Fixtures.csv(plan), Fixtures.csv(recs)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                        .containsExactly("2:published_on:import.error.date", "2:time_zone:import.error.time-zone",
                                "3:code:import.error.duplicate-code", "3:full_text:validation.required",
                                "3:coordination_level:import.error.value", "3:countries:import.error.unknown-country",
                                "3:depends_on:import.error.unknown-dependency"));
        assertThat(plans.findByCode("BAD-1")).isEmpty();
    }

    @Test
    void aSpanishSpreadsheetWithSemicolonsDayFirstDatesAndAByteOrderMarkImportsWhole() {
        String plan = "\uFEFFcode;title;source;published_on;languages;time_zone\nES-1;Plan en español;Estudio;16/07/2024;es;America/Bogota\n";
        String recs = "code;title;theme;coordination_level;scope;countries;depends_on;full_text\n"
                + "E1;Migración segura;Protección;political-strategic;national;CO, PE;;\"Texto; con punto y coma.\"\n";
        PlanImportService.Result result = importer.importPlan(Fixtures.csv(plan), Fixtures.csv(recs));
        assertThat(result.recommendationsCreated()).isEqualTo(1);
        Plan imported = plans.findByCode("ES-1").orElseThrow();
        assertThat(imported.getPublishedOn()).hasDayOfMonth(16).hasMonthValue(7);
        RecommendationDetails e1 = recommendations.details(recommendations.list(imported.getId()).get(0).id());
        assertThat(e1.fullText()).isEqualTo("Texto; con punto y coma.");
        assertThat(e1.countries()).containsExactly("CO", "PE");
    }

    @Test
    void everyRecommendationHasASpanishTitleThemeAndSummaryMarkedAsAnUnofficialTranslation() {
        Locale spanish = Locale.forLanguageTag("es");
        for (RecommendationSummary r : recommendations.list(shipped().getId())) {
            for (TranslatedField field : List.of(TranslatedField.TITLE, TranslatedField.THEME, TranslatedField.FULL_TEXT)) {
                LocalisedText text = translations.text(r.id(), field, "original", spanish);
                assertThat(text.translated()).as(r.code() + " " + field).isTrue();
                assertThat(text.unofficial()).as(r.code() + " " + field).isTrue();
                assertThat(text.text()).as(r.code() + " " + field).isNotBlank().isNotEqualTo("original");
            }
        }
        assertThat(translations.text(recommendations.list(shipped().getId()).get(4).id(), TranslatedField.TITLE, "",
                spanish).text()).isEqualTo("Estrategia de Respuesta a los Movimientos Mixtos en ALC");
    }
}
