package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/** What the colours of the charts and the matrix mean: a swatch and the status in words. */
class StatusLegend extends Div {

    static final List<ComplianceStatus> SHOWN = List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK,
            ComplianceStatus.OVERDUE, ComplianceStatus.COMPLETED_ON_TIME, ComplianceStatus.COMPLETED_LATE,
            ComplianceStatus.NOT_DUE_YET);

    StatusLegend(boolean withNoMilestones) {
        addClassName("status-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        getElement().setAttribute("aria-label", getTranslation("dashboard.legend"));
        for (ComplianceStatus status : SHOWN) {
            add(entry(StatusColours.strong(status), getTranslation("compliance." + status.name())));
        }
        if (withNoMilestones) {
            add(entry(StatusColours.strong(null), getTranslation("dashboard.progress.none")));
        }
    }

    /** A swatch of the colour and its label in words: colour is never the only signal. */
    static Span entry(String colour, String label) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "0.9em").set("height", "0.9em")
                .set("border-radius", "2px").set("background", colour).set("margin-inline-end", "0.35em")
                .set("vertical-align", "-0.1em");
        Span entry = new Span(swatch, new Span(label));
        entry.addClassName("legend-entry");
        return entry;
    }
}
