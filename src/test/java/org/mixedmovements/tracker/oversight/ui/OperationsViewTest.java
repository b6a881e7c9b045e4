package org.mixedmovements.tracker.oversight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.audit.AuditFilter;
import org.mixedmovements.tracker.audit.AuditSearch;
import org.mixedmovements.tracker.oversight.OperationsAdministration.Incident;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class OperationsViewTest extends UiTest {

    @Autowired RuntimeService runtime;
    @Autowired RecommendationService recommendations;
    @Autowired AuditSearch audit;

    FailingProcess.Started failing;

    String startFailingProcess(Long recommendation) {
        failing = FailingProcess.start(context, recommendation);
        return failing.instance();
    }

    @AfterEach
    void removeTheTestProcess() {
        if (failing != null) {
            FailingProcess.remove(context, failing);
        }
    }

    @SuppressWarnings("unchecked")
    static Grid<Incident> incidents() {
        return _get(Grid.class, spec -> spec.withId("incidents"));
    }

    /** The failed steps listed; none when the view says that no step failed instead. */
    @SuppressWarnings("unchecked")
    static List<Incident> incidentsShown() {
        List<Grid> shown = LocatorJ._find(Grid.class, spec -> spec.withId("incidents"));
        if (shown.isEmpty()) {
            return List.of();
        }
        Grid<Incident> grid = shown.get(0);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void aFailedStepShowsWithItsRecommendationAndErrorAndTheRetryClearsItAndIsAudited() {
        Long recommendation = fixtures.newRecommendation("Operations: a step fails");
        String code = recommendations.summary(recommendation).code();
        String instance = startFailingProcess(recommendation);
        signIn("admin");

        UI.getCurrent().navigate(OperationsView.class);

        Incident incident = incidentsShown().stream().filter(i -> recommendation.equals(i.job().recommendationId()))
                .findFirst().orElseThrow();
        assertThat(incident.recommendationCode()).isEqualTo(code);
        int row = incidentsShown().indexOf(incident);
        assertThat(GridKt._getFormattedRow(incidents(), row)).anySatisfy(cell -> assertThat(cell)
                .isEqualTo("The step “Read the partner list” of “Operations view test” failed after its last retry: "
                        + FailingStep.ERROR));

        runtime.setVariable(instance, FailingStep.FIXED, true);
        _click(_get(GridKt._getCellComponent(incidents(), row, "retry"), Button.class,
                spec -> spec.withId("retry-" + incident.job().incidentId())));

        assertThat(incidentsShown()).noneMatch(i -> recommendation.equals(i.job().recommendationId()));
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(audit.newestFirst(new AuditFilter("admin", "JOB_RETRIED", null, "recommendation", recommendation,
                null, null), PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(entry -> assertThat(entry.summary()).contains("Read the partner list")
                        .contains(FailingStep.ERROR));
    }

    @Test
    void theAdministratorSeesTheHealthOfTheDatabaseAndTheEngineAndTheOutbox() {
        signIn("admin");

        UI.getCurrent().navigate(OperationsView.class);

        assertThat(_get(Span.class, spec -> spec.withId("health-db")).getText()).isEqualTo("Database: Working");
        assertThat(_get(Span.class, spec -> spec.withId("health-processEngine")).getText())
                .isEqualTo("Process engine: Working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-outbox")).getText())
                .startsWith("Waiting to be sent: ");
    }
}
