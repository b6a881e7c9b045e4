package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;
import org.mixedmovements.tracker.compliance.MatrixCell;
import org.mixedmovements.tracker.compliance.NationalMatrix;

/**
 * The national roll-out as a table: one row per recommendation of national scope, one column per country; a cell
 * shows the progress and the worst status of the recommendation's milestones in that country, coloured by that
 * status. A listed country without milestones in force shows a dash; a country the recommendation does not list
 * stays blank. The table scrolls sideways on a narrow screen, the recommendation column staying in view.
 */
class NationalMatrixTable extends Div {

    private final Function<String, String> countryName;

    NationalMatrixTable(Function<String, String> countryName) {
        this.countryName = countryName;
        setId("national-matrix");
        setWidthFull();
        getStyle().set("overflow-x", "auto");
    }

    void show(NationalMatrix matrix) {
        removeAll();
        getElement().removeAllChildren();
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "separate").set("border-spacing", "2px")
                .set("font-size", "var(--lumo-font-size-s)");
        table.setAttribute("aria-label", getTranslation("dashboard.matrix.title"));
        Element head = new Element("tr");
        head.appendChild(header(getTranslation("dashboard.matrix.recommendation"), "col", true));
        for (String country : matrix.countries()) {
            Element th = header(countryName.apply(country), "col", false);
            th.setAttribute("data-country", country);
            th.setAttribute("title", country);
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (NationalMatrix.Row row : matrix.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-recommendation", String.valueOf(row.recommendationId()));
            Element th = header(null, "row", true);
            Anchor code = new Anchor("recommendations/" + row.recommendationId(), row.code());
            code.getElement().setAttribute("title", row.title());
            th.appendChild(code.getElement());
            tr.appendChild(th);
            for (String country : matrix.countries()) {
                tr.appendChild(cell(row, country, row.cells().get(country)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element header(String text, String scope, boolean sticky) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        if (text != null) {
            th.setText(text);
        }
        th.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("text-align", "start")
                .set("font-weight", "600").set("white-space", "nowrap");
        if (sticky) {
            th.getStyle().set("position", "sticky").set("left", "0").set("background", "var(--lumo-base-color)")
                    .set("z-index", "1");
        }
        return th;
    }

    private Element cell(NationalMatrix.Row row, String country, MatrixCell cell) {
        Element td = new Element("td");
        td.setAttribute("data-country", country);
        td.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("min-width", "5.5em")
                .set("vertical-align", "top").set("border-radius", "var(--lumo-border-radius-s)");
        if (cell == null) {
            td.setAttribute("data-status", "NOT_LISTED");
            return td;
        }
        String place = row.code() + " · " + countryName.apply(country);
        if (cell.worst() == null) {
            td.setAttribute("data-status", "NONE");
            td.setAttribute("title", place + ": " + getTranslation("dashboard.matrix.no-milestones"));
            td.setText("—");
            td.getStyle().set("background", StatusColours.light(null)).set("text-align", "center")
                    .set("color", "var(--lumo-secondary-text-color)");
            return td;
        }
        String status = getTranslation("compliance." + cell.worst().name());
        td.setAttribute("data-status", cell.worst().name());
        td.setAttribute("title", getTranslation("dashboard.matrix.cell", place, status, cell.progress(),
                cell.milestones()));
        td.getStyle().set("background", StatusColours.light(cell.worst()))
                .set("border-left-style", "solid").set("border-left-width", "4px")
                .set("border-left-color", StatusColours.strong(cell.worst()));
        Element percent = new Element("strong");
        percent.setText(cell.progress() + " %");
        percent.getStyle().set("display", "block");
        Element label = new Element("span");
        label.setText(status);
        label.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-xs)").set("white-space", "nowrap");
        td.appendChild(percent, label);
        return td;
    }
}
