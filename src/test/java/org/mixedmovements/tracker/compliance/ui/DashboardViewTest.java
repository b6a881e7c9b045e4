package org.mixedmovements.tracker.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

class DashboardViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatSeesTheStatusCountsAndEveryRecommendationOfTheShippedPlan() {
        signIn("secretariat");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("status-card"))).hasSize(6);
        Div overdue = _get(Div.class, spec -> spec.withId("card-overdue"));
        assertThat(_get(overdue, Span.class, spec -> spec.withClasses("card-value")).getText()).matches("\\d+");
        Grid<RecommendationSummary> grid = _get(Grid.class, spec -> spec.withId("progress-grid"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(RecommendationSummary::code).startsWith("R1", "R2");
    }

    @Test
    void thePlanInTheUrlIsTheOneShown() {
        signIn("wg.ocha");
        Long recommendation = fixtures.newRecommendation("Only one here");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        UI.getCurrent().navigate("dashboard", QueryParameters.of("plan", String.valueOf(planId)));
        @SuppressWarnings("unchecked")
        Grid<RecommendationSummary> grid = _get(Grid.class, spec -> spec.withId("progress-grid"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(RecommendationSummary::title).containsExactly("Only one here");
    }
}
