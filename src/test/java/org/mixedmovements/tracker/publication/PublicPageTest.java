package org.mixedmovements.tracker.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TrackerTest
class PublicPageTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired PublicationService publication;
    @Autowired AuditLog audit;
    @Autowired ContentTranslationService contentTranslations;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aPlanIsOnlyPublicOnceTheSecretariatPublishesItAndOnlyWithTheRecommendationsItChose() {
        String code = PublicSite.newPlan(importer, "Plan of the visible page", "Chosen for the public", "Kept inside");
        Long plan = PublicSite.planId(plans, code);
        Map<String, Long> recs = PublicSite.recommendations(recommendations, plans, code);

        assertThat(PublicSite.get(port, "/public/plans/" + code).statusCode()).isEqualTo(404);
        fixtures.signIn("secretariat");
        publication.publishPlan(plan, true);
        publication.publishRecommendation(recs.get("T1"), true);

        HttpResponse<String> page = PublicSite.get(port, "/public/plans/" + code + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Plan of the visible page", "Chosen for the public")
                .doesNotContain("Kept inside");
        assertThat(PublicSite.get(port, "/public?lang=en").body()).contains("Plan of the visible page");

        // undo: the recommendation, then the whole plan
        publication.publishRecommendation(recs.get("T1"), false);
        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=en").body())
                .doesNotContain("Chosen for the public");
        publication.publishPlan(plan, false);
        assertThat(PublicSite.get(port, "/public/plans/" + code).statusCode()).isEqualTo(404);
        assertThat(PublicSite.get(port, "/public?lang=en").body()).doesNotContain("Plan of the visible page");

        assertThat(audit.historyOf(PublicationService.PLAN_SUBJECT, plan)).extracting(AuditEntry::action)
                .containsSubsequence("PLAN_PUBLISHED", "PLAN_WITHDRAWN");
        assertThat(audit.historyOf(PublicationService.RECOMMENDATION_SUBJECT, recs.get("T1")))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("RECOMMENDATION_PUBLISHED", "secretariat"),
                        org.assertj.core.groups.Tuple.tuple("RECOMMENDATION_WITHDRAWN", "secretariat"));
    }

    @Test
    void onlyTheSecretariatAndAdministratorsPublish() {
        String code = PublicSite.newPlan(importer, "Plan nobody else publishes", "Anything");
        Long plan = PublicSite.planId(plans, code);
        for (String user : new String[] {"chair", "wg.ocha", "agency.r4v"}) {
            fixtures.signIn(user);
            assertThatThrownBy(() -> publication.publishPlan(plan, true)).isInstanceOf(NotPermittedException.class);
        }
        fixtures.signOut();
        assertThatThrownBy(() -> publication.publishPlan(plan, true)).isInstanceOf(NotPermittedException.class);
        assertThat(PublicSite.get(port, "/public/plans/" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void theVisitorReadsThePageInTheBrowsersLanguageOrTheOneTheyChoose() {
        String code = published("Plan read in two languages");

        HttpResponse<String> spanish = PublicSite.get(port, "/public/plans/" + code,
                "Accept-Language", "es-CO,es;q=0.9,en;q=0.5");
        assertThat(spanish.body()).contains("<html lang=\"es\">", "Recomendaciones", "Datos abiertos")
                .doesNotContain("Open data");
        assertThat(spanish.headers().firstValue("Content-Language")).contains("es");
        assertThat(spanish.headers().firstValue("Vary").orElse("")).contains("Accept-Language");

        HttpResponse<String> chosen = PublicSite.get(port, "/public/plans/" + code + "?lang=en",
                "Accept-Language", "es");
        assertThat(chosen.body()).contains("<html lang=\"en\">", "Open data", "href=\"/public/plans/" + code
                + "?lang=es\"");
        assertThat(PublicSite.get(port, "/public/plans/" + code, "Accept-Language", "de").body())
                .as("a language the tracker does not speak reads English").contains("<html lang=\"en\">");
        assertThat(PublicSite.get(port, "/public/plans/" + code, "Accept-Language", "fr-HT, ht;q=0.9").body())
                .contains("<html lang=\"fr\">", "href=\"/public/plans/" + code + "?lang=pt-BR\"");
    }

    @Test
    void aBrowserThatHasThePageAlreadyGetsNotModifiedAndEveryAnswerMayBeKeptForAMinute() {
        String code = published("Plan kept by browsers");
        String path = "/public/plans/" + code + "?lang=en";

        HttpResponse<String> first = PublicSite.get(port, path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("max-age=60, public");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> again = PublicSite.get(port, path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(PublicSite.get(port, path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

        // a change of what is published is a new page with a new ETag at once
        fixtures.signIn("secretariat");
        publication.publishRecommendation(PublicSite.recommendations(recommendations, plans, code).get("T1"), false);
        HttpResponse<String> changed = PublicSite.get(port, path, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void theOpenDataHaveTheSameFiguresAsThePageWithTheirLicence() throws Exception {
        String code = PublicSite.newPlan(importer, "Plan given as open data", "Figures to reuse");
        Long plan = PublicSite.planId(plans, code);
        Long rec = PublicSite.recommendations(recommendations, plans, code).get("T1");
        fixtures.adopt(rec, "R4V");
        fixtures.planInForce(rec, "agency.r4v", fixtures.milestone("Partners mapped", "R4V", 30, false));
        fixtures.signIn("secretariat");
        publication.publishPlan(plan, true);
        publication.publishRecommendation(rec, true);

        HttpResponse<String> csv = PublicSite.get(port, "/public/plans/" + code + "/data.csv?lang=es");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(code + ".csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).as("the columns docs/open-data.md describes").isEqualTo("plan_code,recommendation_code,"
                + "title,theme,response,response_label,target_period,lead_organisation_code,lead_organisation,status,"
                + "status_label,progress_percent,milestones,milestones_due,milestones_done,milestones_overdue,as_of,"
                + "licence");
        assertThat(lines[1]).startsWith(code + ",T1,Figures to reuse,Testing,ACCEPTED,Aceptada,2025-H2,R4V,")
                .contains(",IN_IMPLEMENTATION,En implementación,0,1,0,0,0,").endsWith(",CC-BY-4.0");

        JsonNode json = new ObjectMapper().readTree(PublicSite.get(port, "/public/plans/" + code
                + "/data.json?lang=en").body());
        assertThat(json.path("licence").asText()).isEqualTo("CC-BY-4.0");
        assertThat(json.path("plan").path("code").asText()).isEqualTo(code);
        JsonNode recommendation = json.path("recommendations").get(0);
        assertThat(recommendation.path("status").asText()).isEqualTo("IN_IMPLEMENTATION");
        assertThat(recommendation.path("statusLabel").asText()).isEqualTo("In implementation");
        assertThat(recommendation.path("leadOrganisation").path("code").asText()).isEqualTo("R4V");
        assertThat(recommendation.path("milestones").get(0).path("name").asText()).isEqualTo("Partners mapped");
        assertThat(recommendation.has("votes")).as("votes only where the plan shows them").isFalse();
        JsonNode today = json.path("implementationTrend").get(json.path("implementationTrend").size() - 1);
        assertThat(today.path("accepted").asInt()).isEqualTo(1);
        assertThat(today.path("implementationRatePercent").asInt()).isZero();
    }

    @Test
    void theOrganisationsVotesAppearOnlyWhenThePlanAllowsIt() {
        String code = PublicSite.newPlan(importer, "Plan with its votes", "Voted on");
        Long plan = PublicSite.planId(plans, code);
        Long rec = PublicSite.recommendations(recommendations, plans, code).get("T1");
        fixtures.adopt(rec, "R4V");
        fixtures.signIn("secretariat");
        publication.publishPlan(plan, true);
        publication.publishRecommendation(rec, true);
        String path = "/public/plans/" + code + "?lang=en";
        assertThat(PublicSite.get(port, path).body()).doesNotContain("How the organisations voted");

        publication.showVotes(plan, true);
        assertThat(PublicSite.get(port, path).body()).contains("How the organisations voted on the response to T1",
                "(OCHA)</th><td>For</td>");
        publication.showVotes(plan, false);
        assertThat(PublicSite.get(port, path).body()).doesNotContain("How the organisations voted");
    }

    @Test
    void anAddressThatNamesNoPublishedPlanIsAPlainNotFoundPage() {
        HttpResponse<String> missing = PublicSite.get(port, "/public/plans/%3Cscript%3E?lang=es");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Página no encontrada").doesNotContain("<script>", "Exception");
    }

    @Test
    void aRecommendationsTitleIsReadInTheVisitorsLanguageAsSoonAsTranslatedElseInTheOriginalMarkedWithItsLanguage() {
        String code = published("Plan with a translated title");
        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=es").body())
                .contains("T1 · <span lang=\"en\">Shown recommendation</span> <small class=\"content-marker\">(original en inglés)</small>");
        fixtures.signIn("secretariat");
        Locale spanish = Locale.forLanguageTag("es");
        contentTranslations.translate(
                PublicSite.recommendations(recommendations, plans, code).get("T1"), spanish, List.of(
                        new ContentTranslationService.Translation(TranslatedField.TITLE, spanish, "Recomendación visible"),
                        new ContentTranslationService.Translation(TranslatedField.FULL_TEXT, spanish, "Las palabras."),
                        new ContentTranslationService.Translation(TranslatedField.THEME, spanish, "Pruebas")), true);
        fixtures.signOut();

        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=es").body())
                .contains("T1 · <span>Recomendación visible</span> <small class=\"content-marker\">(traducción no oficial)</small>")
                .contains("<span>Pruebas</span>");
        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=fr").body())
                .contains("T1 · <span lang=\"en\">Shown recommendation</span> <small class=\"content-marker\">(original en anglais)</small>");
    }

    @Test
    void aPlanWrittenInSpanishReadsUnmarkedInSpanishAndAsTheSpanishOriginalInEnglish() {
        String code = PublicSite.newPlanIn(importer, "es;en", "Plan en español", "Consultas nacionales");
        fixtures.signIn("secretariat");
        publication.publishPlan(PublicSite.planId(plans, code), true);
        publication.publishRecommendation(PublicSite.recommendations(recommendations, plans, code).get("T1"), true);
        fixtures.signOut();

        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=es").body())
                .contains("T1 · <span>Consultas nacionales</span>").doesNotContain("content-marker");
        assertThat(PublicSite.get(port, "/public/plans/" + code + "?lang=en").body())
                .contains("T1 · <span lang=\"es\">Consultas nacionales</span> <small class=\"content-marker\">"
                        + "(Spanish original)</small>");
    }

    private String published(String title) {
        String code = PublicSite.newPlan(importer, title, "Shown recommendation");
        fixtures.signIn("secretariat");
        publication.publishPlan(PublicSite.planId(plans, code), true);
        publication.publishRecommendation(PublicSite.recommendations(recommendations, plans, code).get("T1"), true);
        fixtures.signOut();
        return code;
    }
}
