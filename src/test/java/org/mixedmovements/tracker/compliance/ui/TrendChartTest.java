package org.mixedmovements.tracker.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.NationalScenario;
import org.mixedmovements.tracker.compliance.TrendService;

/**
 * The dashboard's trend: three weeks of a national plan (a milestone done on time on the first day, another overdue
 * since yesterday, a third not yet due), read as a sentence with the change since the end of last quarter, drawn as
 * lines, and given month by month in a table.
 */
class TrendChartTest extends UiTest {

    @AfterEach
    void putTheClockBack() {
        NationalScenario.undo(context);
    }

    private NationalScenario threeWeeksOfWork(String title) {
        NationalScenario scenario = NationalScenario.build(context, title);
        context.getBean(TrendService.class).keep();
        return scenario;
    }

    @Test
    void theTrendSaysHowTheFiguresChangedSinceTheEndOfLastQuarterAndShowsThemAsLinesAndAsATable() {
        NationalScenario scenario = threeWeeksOfWork("Trend on the dashboard");
        LocalDate today = fixtures.todayInPanama();
        LocalDate endOfQuarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1)
                .minusDays(1);
        assertThat(endOfQuarter).as("the suite's clock: the scenario spans the end of June").isAfter(today.minusDays(21));

        signIn("agency.r4v");
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("plan", String.valueOf(scenario.plan()))));

        // on the last day of the quarter: accepted, nothing implemented, the Colombian table done on time (due day 10),
        // nothing overdue; today the Peruvian plan (due day 20) is overdue and planned with it
        assertThat(_get(Paragraph.class, spec -> spec.withId("trend-summary")).getText()).isEqualTo(
                "Implementation rate 0 %, unchanged on last quarter; on-time rate 100 %, unchanged on last quarter; "
                        + "1 milestone overdue, 1 more than at the end of last quarter; 1 of 2 milestones planned to "
                        + "be due by now completed (1 of 1 at the end of last quarter).");
        String rates = _get(Div.class, spec -> spec.withId("trend-rates")).getElement().getProperty("innerHTML");
        String milestones = _get(Div.class, spec -> spec.withId("trend-milestones")).getElement()
                .getProperty("innerHTML");
        assertThat(rates).contains("data-figure=\"IMPLEMENTATION_RATE\"", "data-figure=\"ON_TIME_RATE\"")
                .contains("aria-label=\"Implementation rate and on-time rate, per cent, from");
        assertThat(milestones).contains("data-figure=\"PLANNED\"", "data-figure=\"COMPLETED\"",
                "data-figure=\"OVERDUE\"");

        @SuppressWarnings("unchecked")
        Grid<Object> table = _get(Grid.class, spec -> spec.withId("trend-table"));
        assertThat(GridKt._size(table)).as("the end of June, and today").isEqualTo(2);
        assertThat(GridKt._getFormatted(table, 0, "day")).isEqualTo(Formats.date(endOfQuarter));
        assertThat(GridKt._getFormatted(table, 1, "day")).isEqualTo(Formats.date(today));
        assertThat(GridKt._getFormatted(table, 1, "implementation")).isEqualTo("0 %");
        assertThat(GridKt._getFormatted(table, 1, "on-time")).isEqualTo("100 %");
        assertThat(GridKt._getFormatted(table, 1, "overdue")).isEqualTo("1");
    }

    @Test
    void theTrendReadsInSpanishForASpanishReader() {
        NationalScenario scenario = threeWeeksOfWork("Tendencia");
        signIn("agency.r4v");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("plan", String.valueOf(scenario.plan()))));

        assertThat(_get(Paragraph.class, spec -> spec.withId("trend-summary")).getText())
                .startsWith("Tasa de implementación 0 %, igual que el trimestre pasado; ")
                .contains("1 hito vencido, 1 más que al final del trimestre pasado");
    }
}
