package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure of the dashboard: the value large, what it is under it, and what it counts in a smaller line. */
class FigureCard extends Div {

    FigureCard(String id, String value, String label, String detail, String colour) {
        setId(id);
        addClassName("status-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-top-width", "4px")
                .set("border-top-color", colour).set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("flex", "1 1 9em")
                .set("background", "var(--lumo-base-color)");
        Span number = new Span(value);
        number.addClassName("card-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        Span name = new Span(label);
        name.getStyle().set("font-weight", "600").set("display", "block");
        Span of = new Span(detail);
        of.addClassName("card-detail");
        of.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(number, name, of);
    }
}
