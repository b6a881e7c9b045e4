package org.mixedmovements.tracker.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

class RecommendationViewsTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsEveryRecommendationAndAClickOpensItsPage() {
        signIn("agency.r4v");
        UI.getCurrent().navigate(RecommendationListView.class);
        Grid<RecommendationSummary> grid = _get(Grid.class, spec -> spec.withId("recommendation-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(14);
        RecommendationSummary r2 = GridKt._fetch(grid, 0, 100).stream().filter(r -> r.code().equals("R2")).findFirst().orElseThrow();
        UI.getCurrent().navigate(RecommendationDetailView.class, r2.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getText())
                .isEqualTo("A specific Working Group should establish the timetable, address the implementation of the "
                        + "recommendations and follow up on their fulfillment or application.");
    }

    @Test
    void theListSaysOnceAboveItWhetherItsTextsAreOriginalsOrUnofficialTranslations() {
        signIn("agency.r4v");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        UI.getCurrent().navigate(RecommendationListView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("content-note")).getText())
                .as("the shipped plan's Spanish titles and themes are unofficial translations")
                .contains("Las traducciones que se muestran no son oficiales.");

        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(RecommendationListView.class);
        // the shipped plan is English; plans other tests imported in Spanish are named too, once each
        assertThat(_get(Paragraph.class, spec -> spec.withId("content-note")).getText())
                .matches("Les titres et thèmes non traduits dans votre langue sont affichés dans l’original "
                        + "\\((anglais|espagnol)(, (anglais|espagnol))?\\)\\.").contains("anglais");
    }

    @Test
    void anAgencySeesNoAgendaButton() {
        Long id = fixtures.newRecommendation("Agency view");
        signIn("agency.r4v");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        _assertNone(Button.class, spec -> spec.withId("put-on-agenda"));
    }

    @Test
    void theSecretariatPutsARecommendationOnTheAgenda() {
        Long id = fixtures.newRecommendation("On the agenda through the page");
        signIn("secretariat");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("put-on-agenda")));
        assertThat(context.getBean(RecommendationService.class).summary(id).status()).isEqualTo(RecommendationStatus.ON_AGENDA);
        _assertNone(Button.class, spec -> spec.withId("put-on-agenda"));
    }

    @Test
    void theDetailShowsTheLeadAndTheGroupsResponseOnceDecided() {
        Long id = fixtures.newRecommendation("Response on the page");
        fixtures.adopt(id, "IBC-HM");
        signIn("agency.ibchm");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead")).getText()).contains("IBC-HM");
        assertThat(_get(Paragraph.class, spec -> spec.withId("response")).getText()).contains("Accepted").contains("2025-H2");
    }
}
