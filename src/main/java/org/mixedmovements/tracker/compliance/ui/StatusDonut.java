package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The milestones by compliance status as a ring drawn in SVG on the server, with the total in its middle and the
 * counts in words beside it (and in the SVG's title and description for screen readers).
 */
class StatusDonut extends Div {

    /** One status (or group of statuses) of the ring. */
    record Slice(String key, String label, long count, String colour) {
    }

    private static final double RADIUS = 100 / (2 * Math.PI);
    private static final String TITLE_ID = "status-chart-title";
    private static final String DESCRIPTION_ID = "status-chart-desc";

    private final Div chart = new Div();
    private final Div legend = new Div();

    StatusDonut() {
        setId("status-chart");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-l)");
        chart.setId("status-chart-svg");
        chart.setWidth("10em");
        chart.setHeight("10em");
        chart.getStyle().set("flex", "none");
        legend.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(chart, legend);
    }

    void show(List<Slice> slices, long total) {
        String description = slices.stream().map(s -> getTranslation("dashboard.chart.item", s.label(), s.count()))
                .collect(Collectors.joining(", "));
        chart.getElement().setProperty("innerHTML", svg(slices, total, getTranslation("dashboard.chart.title"),
                getTranslation("dashboard.chart.total", total) + ": " + description,
                getTranslation("dashboard.chart.milestones")));
        legend.removeAll();
        for (Slice slice : slices) {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.9em").set("height", "0.9em")
                    .set("border-radius", "50%").set("background", slice.colour()).set("margin-inline-end", "0.5em");
            Span value = new Span(String.valueOf(slice.count()));
            value.getStyle().set("font-weight", "600");
            value.addClassName("legend-count");
            value.setId("chart-legend-" + slice.key() + "-count");
            Span line = new Span(swatch, new Span(slice.label() + " "), value);
            line.setId("chart-legend-" + slice.key());
            legend.add(line);
        }
    }

    /** The ring: one arc per status with a count, drawn clockwise from the top, each a share of the circumference. */
    static String svg(List<Slice> slices, long total, String title, String description, String unit) {
        Svg svg = Svg.root("viewBox", "0 0 42 42", "width", "100%", "height", "100%", "role", "img",
                        "aria-labelledby", String.join(" ", TITLE_ID, DESCRIPTION_ID))
                .element("title", title, "id", TITLE_ID)
                .element("desc", description, "id", DESCRIPTION_ID);
        arc(svg, "var(--lumo-contrast-10pct)", 100, 0, null);
        double start = 0;
        for (Slice slice : slices) {
            if (slice.count() == 0 || total == 0) {
                continue;
            }
            double share = 100.0 * slice.count() / total;
            arc(svg, slice.colour(), share, start, slice.label() + ": " + slice.count());
            start += share;
        }
        return svg.element("text", String.valueOf(total), "x", "21", "y", "20", "text-anchor", "middle",
                        "dominant-baseline", "central", "style", "font-size:8px;font-weight:600;fill:var(--lumo-body-text-color)")
                .element("text", unit, "x", "21", "y", "27", "text-anchor", "middle", "dominant-baseline", "central",
                        "style", "font-size:3.2px;fill:var(--lumo-secondary-text-color)")
                .close("svg").toString();
    }

    /** The dash covers the share; the offset (25, a quarter turn) starts the first arc at twelve o'clock. */
    private static void arc(Svg svg, String colour, double share, double start, String tooltip) {
        String[] attributes = {"cx", "21", "cy", "21", "r", Svg.number(RADIUS), "fill", "none", "stroke-width", "6",
                "style", "stroke:" + colour, "stroke-dasharray", String.join(" ", Svg.number(share),
                Svg.number(100 - share)), "stroke-dashoffset", Svg.number(25 - start)};
        if (tooltip == null) {
            svg.leaf("circle", attributes);
        } else {
            svg.open("circle", attributes).element("title", tooltip).close("circle");
        }
    }
}
