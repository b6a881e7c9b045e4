package org.mixedmovements.tracker.oversight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.oversight.AuditLogExportTest;
import org.mixedmovements.tracker.oversight.AuditRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends UiTest {

    @Autowired RecommendationService recommendations;

    Long recommendationWithAnApprovedPlan(String title) {
        return AuditLogExportTest.recommendationWithAnApprovedPlan(fixtures, title);
    }

    @SuppressWarnings("unchecked")
    static Grid<AuditRow> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    /** The rows the grid shows; none when the view shows "no entry" instead of the grid. */
    @SuppressWarnings("unchecked")
    static List<AuditRow> rows() {
        List<Grid> shown = LocatorJ._find(Grid.class, spec -> spec.withId("audit-grid"));
        if (shown.isEmpty()) {
            return List.of();
        }
        Grid<AuditRow> grid = shown.get(0);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    static void open(Map<String, String> filters) {
        UI.getCurrent().navigate(AuditLogView.class, QueryParameters.simple(filters));
    }

    static String stateShownFor(AuditRow row) {
        Grid<AuditRow> grid = grid();
        int index = rows().indexOf(row);
        return _get(GridKt._getCellComponent(grid, index, "details"), Div.class,
                spec -> spec.withClasses("audit-state")).getText();
    }

    @Test
    void theSecretariatFiltersByRecommendationAndKindAndReadsTheDecisionAsItWasTaken() {
        Long recommendation = recommendationWithAnApprovedPlan("Audit: the plan decision in words");
        String code = recommendations.summary(recommendation).code();
        signIn("secretariat");

        open(Map.of("recommendation", recommendation.toString(), "what", "DECISION_TAKEN"));

        List<AuditRow> taken = rows();
        assertThat(taken).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo("DECISION_TAKEN");
            assertThat(row.recommendationCode()).isEqualTo(code);
        });
        assertThat(_get(Span.class, spec -> spec.withId("audit-count")).getText()).isEqualTo("2 entries");
        // newest first: the plan's decision, which its owner R4V did not vote on
        String plan = stateShownFor(taken.get(0));
        assertThat(plan).contains("Decision on the plan.")
                .contains("Rule: majority of the votes cast; quorum")
                .containsPattern("Votes: [34] for, 0 against\\.")
                .contains("R4V did not vote: it owns what was decided.")
                .contains("Outcome: Approved.");
        assertThat(stateShownFor(taken.get(1))).contains("Decision on the response.").contains("Outcome: Approved.");

        open(Map.of("recommendation", recommendation.toString(), "what", "PLAN_ACTIVATED"));
        assertThat(stateShownFor(rows().get(0))).contains("Milestones approved, with the due dates approved:")
                .contains("Partners mapped · owner R4V").contains("Map published · owner R4V");
    }

    @Test
    void theFiltersAreInTheLinkAndNarrowByWhoOrganisationAndPeriod() {
        Long recommendation = recommendationWithAnApprovedPlan("Audit: who voted");
        signIn("secretariat");
        Long iom = fixtures.organisation("IOM");

        open(Map.of("recommendation", recommendation.toString(), "organisation", iom.toString()));
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.organisationCode()).isEqualTo("IOM"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-organisation")).getValue()).isEqualTo(iom);

        // the chair votes first on the response and on the plan
        open(Map.of("recommendation", recommendation.toString(), "who", "chair", "what", "VOTE_CAST"));
        assertThat(rows()).hasSize(2).allSatisfy(row -> assertThat(row.actor()).isEqualTo("chair"));

        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class).withZone(ZoneId.of("America/Panama")));
        open(Map.of("recommendation", recommendation.toString(), "to", today.minusDays(3).toString()));
        assertThat(rows()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("audit-none")).isVisible())
                .isTrue();
    }

    @Test
    void aLinkWithAFilterThatNamesNothingSaysWhatWasIgnored() {
        signIn("secretariat");

        open(Map.of("from", "last tuesday", "recommendation", "R2"));

        assertThat(_get(Div.class, spec -> spec.withId("audit-filter-notice")).getText())
                .contains("The link’s “from” (last tuesday) was ignored")
                .contains("The link’s “recommendation” (R2) was ignored");
        assertThat(GridKt._size(grid())).isPositive();
    }

    @Test
    void anAgencyFocalPointReadsOnlyItsOwnOrganisationsEntriesWhateverTheLinkAsks() {
        recommendationWithAnApprovedPlan("Audit: an agency reads its own");
        signIn("agency.r4v");

        open(Map.of("organisation", fixtures.organisation("OCHA").toString()));

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.organisationCode()).isEqualTo("R4V"));
        LocatorJ._assertNone(ComboBox.class, spec -> spec.withId("audit-organisation"));
    }

    @Test
    void aSpanishReaderReadsWhatWasDoneInSpanish() {
        Long recommendation = recommendationWithAnApprovedPlan("Audit: en español");
        signIn("secretariat");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        open(Map.of("recommendation", recommendation.toString(), "what", "DECISION_TAKEN"));

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Decisión tomada");
        assertThat(stateShownFor(rows().get(0))).contains("Decisión sobre: plan.")
                .containsPattern("Votos: [34] a favor, 0 en contra\\.").contains("R4V no votó")
                .contains("Resultado: Aprobado.");
        // the summary recorded in English with the rule's codes gives way to the words
        assertThat(GridKt._getCellComponent(grid(), 0, "details").getElement().getTextRecursively())
                .doesNotContain("MAJORITY").doesNotContain("APPROVED");
    }
}
