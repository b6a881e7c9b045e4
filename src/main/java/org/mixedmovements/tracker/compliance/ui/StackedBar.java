package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One whole split into its parts: a bar drawn in SVG on the server, each part as wide as its share and in its colour,
 * with a legend under it that gives every part in words with its count (also the bar's text alternative), so a part
 * of zero is still read.
 */
class StackedBar extends Div {

    /** A part: its id (for tests and styling), label in words, count and colour. */
    record Part(String id, String label, long count, String colour) {
    }

    private final Div bar = new Div();
    private final Div legend = new Div();

    StackedBar(String id) {
        setId(id);
        addClassName("stacked-bar");
        bar.getStyle().set("line-height", "0").set("margin", "var(--lumo-space-xs) 0");
        legend.addClassName("status-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        add(bar, legend);
    }

    void show(String title, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::count).sum();
        String label = title + ": " + parts.stream().map(p -> p.label() + " " + p.count())
                .collect(Collectors.joining(", "));
        Svg svg = Svg.root("viewBox", "0 0 100 10", "preserveAspectRatio", "none", "width", "100%", "height", "16",
                "role", "img", "aria-label", label).element("title", label);
        svg.leaf("rect", "width", "100", "height", "10", "style", "fill:var(--lumo-contrast-10pct)");
        double x = 0;
        for (Part part : parts) {
            if (part.count() == 0) {
                continue;
            }
            double width = 100.0 * part.count() / total;
            svg.leaf("rect", "x", Svg.number(x), "width", Svg.number(width), "height", "10",
                    "style", "fill:" + part.colour());
            x += width;
        }
        bar.getElement().setProperty("innerHTML", svg.close("svg").toString());
        legend.removeAll();
        for (Part part : parts) {
            Span entry = StatusLegend.entry(part.colour(), part.label());
            Span count = new Span(" " + part.count());
            count.getStyle().set("font-weight", "600");
            entry.add(count);
            entry.setId(getId().orElse("bar") + "-" + part.id());
            legend.add(entry);
        }
    }
}
