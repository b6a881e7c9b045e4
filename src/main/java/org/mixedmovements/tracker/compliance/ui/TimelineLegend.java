package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/** What the timeline's colours and marks mean. */
class TimelineLegend extends Div {

    TimelineLegend() {
        setId("timeline-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        for (ComplianceStatus status : ComplianceStatus.values()) {
            Span swatch = swatch("width: 1.6em; height: 0.8em; border-radius: 3px; background: "
                    + StatusColours.strong(status));
            Span entry = entry(swatch, "compliance." + status.name());
            entry.addComponentAsFirst(TimelineChart.symbol(status, null));
            add(entry);
        }
        add(entry(swatch("width: 1.6em; height: 3px; background: var(--lumo-contrast-50pct); "
                + "border-right: 2px dashed var(--lumo-contrast-80pct)"), "timeline.legend.baseline"));
        add(entry(swatch("width: 0.6em; height: 0.6em; transform: rotate(45deg); "
                + "background: var(--lumo-body-text-color)"), "timeline.legend.completed"));
        add(entry(swatch("width: 2px; height: 1em; background: var(--lumo-error-color)"), "timeline.legend.today"));
        add(entry(swatch("width: 1.6em; height: 0; border-top: 1.5px solid var(--lumo-contrast-60pct)"),
                "timeline.legend.dependency"));
        add(entry(swatch("width: 1.6em; height: 0; border-top: 1.5px dashed var(--lumo-error-color)"),
                "timeline.legend.due-before"));
    }

    private Span entry(Span swatch, String key) {
        Span entry = new Span(swatch, new Span(getTranslation(key)));
        entry.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        return entry;
    }

    private static Span swatch(String style) {
        Span swatch = new Span();
        swatch.getElement().setAttribute("style", "display: inline-block; " + style);
        return swatch;
    }
}
