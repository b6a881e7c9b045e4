package org.mixedmovements.tracker.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
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
    void anAgencySeesNoAdoptButton() {
        Long id = fixtures.newRecommendation("Agency view");
        signIn("agency.r4v");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        _assertNone(Button.class, spec -> spec.withId("adopt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatAdoptsARecommendationAndNamesItsLead() {
        Long id = fixtures.newRecommendation("Adopt through the page");
        signIn("secretariat");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("adopt")));
        _click(_get(Button.class, spec -> spec.withId("confirm-adopt")));
        ComboBox<Organisation> lead = _get(ComboBox.class, spec -> spec.withId("lead-organisation"));
        assertThat(lead.isInvalid()).as("no lead chosen yet").isTrue();

        _setValue(lead, context.getBean(OrganisationService.class).findByCode("IBC-HM").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("confirm-adopt")));

        assertThat(context.getBean(RecommendationService.class).summary(id).status()).isEqualTo(RecommendationStatus.PLANNING);
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead")).getText()).contains("IBC-HM");
        _assertNone(Button.class, spec -> spec.withId("adopt"));
    }
}
