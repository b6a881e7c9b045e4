package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.compliance.PlanTrend;
import org.mixedmovements.tracker.compliance.TrendLines;
import org.mixedmovements.tracker.compliance.TrendSummary;

/**
 * The plan's figures over the last twelve months: the trend in one sentence (with the change on last quarter), two
 * line charts drawn in SVG on the server (rates in per cent; milestones planned, completed and overdue: the burn-up),
 * their legend, and the same figures month by month in a table, so a screen reader has the chart in words.
 */
class TrendChart extends Div {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 130;
    private static final double LEFT = 26;
    private static final double TOP = 8;
    private static final double PLOT_WIDTH = WIDTH - LEFT - 6;
    private static final double PLOT_HEIGHT = HEIGHT - TOP - 22;

    private final Paragraph summary = new Paragraph();
    private final Div rates = new Div();
    private final Div milestones = new Div();
    private final Grid<DayFigures> table = new Grid<>();

    TrendChart() {
        setId("trend");
        setWidthFull();
        summary.setId("trend-summary");
        summary.getStyle().set("font-weight", "600");
        Paragraph intro = new Paragraph(getTranslation("dashboard.trend.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        rates.setId("trend-rates");
        milestones.setId("trend-milestones");
        Div charts = new Div(rates, milestones);
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (Div chart : List.of(rates, milestones)) {
            chart.getStyle().set("flex", "1 1 20em").set("min-width", "0").set("max-width", "36em");
        }
        Div legend = new Div();
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("font-size", "var(--lumo-font-size-s)");
        for (TrendLines.Figure figure : TrendLines.Figure.values()) {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "1.2em").set("height", "0.25em")
                    .set("vertical-align", "middle").set("background", StatusColours.strong(figure.colour()))
                    .set("margin-inline-end", "0.4em");
            Span item = new Span(swatch, new Span(getTranslation("trend." + figure.name())));
            item.setId("trend-legend-" + figure.name().toLowerCase().replace('_', '-'));
            legend.add(item);
        }
        table.setId("trend-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.addColumn(d -> Formats.date(d.day())).setHeader(getTranslation("dashboard.trend.column.day")).setKey("day");
        table.addColumn(d -> rate(d.implementationRate())).setHeader(getTranslation("trend.IMPLEMENTATION_RATE"))
                .setKey("implementation");
        table.addColumn(d -> rate(d.onTimeRate())).setHeader(getTranslation("trend.ON_TIME_RATE")).setKey("on-time");
        table.addColumn(DayFigures::overdue).setHeader(getTranslation("trend.OVERDUE")).setKey("overdue");
        table.addColumn(DayFigures::completed).setHeader(getTranslation("trend.COMPLETED")).setKey("completed");
        table.addColumn(DayFigures::planned).setHeader(getTranslation("trend.PLANNED")).setKey("planned");
        Details asTable = new Details(getTranslation("dashboard.trend.table"), table);
        asTable.setId("trend-as-table");
        asTable.setWidthFull();
        add(summary, intro, charts, legend, asTable);
    }

    void show(PlanTrend trend) {
        summary.setText(TrendSummary.sentence(trend, (key, arguments) -> getTranslation(key, arguments)));
        TrendLines lines = TrendLines.of(trend);
        String from = Formats.date(trend.from());
        String to = Formats.date(trend.today());
        rates.getElement().setProperty("innerHTML", svg(lines, TrendLines.Panel.RATES, "100 %",
                getTranslation("dashboard.trend.rates", from, to)));
        milestones.getElement().setProperty("innerHTML", svg(lines, TrendLines.Panel.MILESTONES,
                String.valueOf(lines.countTop()), getTranslation("dashboard.trend.milestones", from, to,
                        lines.countTop())));
        table.setItems(trend.monthEnds());
    }

    private String rate(Optional<Integer> rate) {
        return rate.map(r -> r + " %").orElse(getTranslation("dashboard.trend.none"));
    }

    /** One panel: a frame, month ticks with their short names, its top value, then one polyline per segment. */
    static String svg(TrendLines lines, TrendLines.Panel panel, String top, String label) {
        Svg svg = Svg.root("viewBox", "0 0 " + (int) WIDTH + " " + (int) HEIGHT, "width", "100%", "role", "img",
                        "aria-label", label)
                .element("title", label)
                .leaf("rect", "x", Svg.number(LEFT), "y", Svg.number(TOP), "width", Svg.number(PLOT_WIDTH),
                        "height", Svg.number(PLOT_HEIGHT), "style", "fill:none;stroke:var(--lumo-contrast-20pct)")
                .element("text", top, "x", Svg.number(LEFT - 2), "y", Svg.number(TOP + 3), "text-anchor", "end",
                        "style", "font-size:7px;fill:var(--lumo-secondary-text-color)")
                .element("text", "0", "x", Svg.number(LEFT - 2), "y", Svg.number(TOP + PLOT_HEIGHT), "text-anchor",
                        "end", "style", "font-size:7px;fill:var(--lumo-secondary-text-color)");
        int i = 0;
        for (TrendLines.Tick tick : lines.months()) {
            double x = LEFT + tick.x() * PLOT_WIDTH;
            svg.leaf("line", "x1", Svg.number(x), "x2", Svg.number(x), "y1", Svg.number(TOP),
                    "y2", Svg.number(TOP + PLOT_HEIGHT), "style", "stroke:var(--lumo-contrast-10pct)");
            if (i++ % 2 == 0) {
                svg.element("text", Formats.month(tick.month()), "x", Svg.number(x), "y",
                        Svg.number(TOP + PLOT_HEIGHT + 10), "text-anchor", "middle",
                        "style", "font-size:6.5px;fill:var(--lumo-secondary-text-color)");
            }
        }
        for (TrendLines.Line line : lines.of(panel)) {
            String dash = line.figure() == TrendLines.Figure.PLANNED ? ";stroke-dasharray:4 2" : "";
            for (List<TrendLines.Point> segment : line.segments()) {
                StringBuilder points = new StringBuilder();
                for (TrendLines.Point p : segment) {
                    points.append(Svg.number(LEFT + p.x() * PLOT_WIDTH)).append(',')
                            .append(Svg.number(TOP + (1 - p.y()) * PLOT_HEIGHT)).append(' ');
                }
                svg.leaf("polyline", "points", points.toString().strip(), "data-figure", line.figure().name(),
                        "style", "fill:none;stroke-width:1.6;stroke-linejoin:round;stroke:"
                                + StatusColours.strong(line.figure().colour()) + dash);
            }
        }
        return svg.close("svg").toString();
    }
}
