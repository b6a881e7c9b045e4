package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;
import org.mixedmovements.tracker.compliance.MatrixCell;
import org.mixedmovements.tracker.compliance.NationalMatrix;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The national roll-out as a table: one row per recommendation of national scope, one column per country; a cell
 * shows the progress and the worst status of the recommendation's milestones in that country, coloured by that
 * status. A listed country without milestones in force shows a dash; a country the recommendation does not list
 * stays blank. The table scrolls sideways on a narrow screen, the recommendation column staying in view.
 */
class NationalMatrixTable extends Div {

    /**
     * The table's look, once per table instead of inline on each of its hundreds of cells: every inline style is an
     * entry the server keeps in the session's state tree (a 20 x 20 matrix held about a megabyte per session that
     * way). A cell is coloured by its {@code data-status}, with the colours of {@link StatusColours}.
     */
    private static final String ID = "national-matrix";
    private static final String STYLE = style();

    private final Function<String, String> countryName;

    NationalMatrixTable(Function<String, String> countryName) {
        this.countryName = countryName;
        setId(ID);
        setWidthFull();
        getStyle().set("overflow-x", "auto");
    }

    private static String style() {
        StringBuilder css = new StringBuilder();
        rule(css, "table", "border-collapse:separate;border-spacing:2px;font-size:var(--lumo-font-size-s)");
        rule(css, "th", "padding:var(--lumo-space-xs) var(--lumo-space-s);text-align:start;font-weight:600;"
                + "white-space:nowrap");
        // the recommendation column (each row's first cell) stays in view when the table scrolls sideways
        rule(css, "th:first-child", "position:sticky;left:0;background:var(--lumo-base-color);z-index:1");
        rule(css, "td", "padding:var(--lumo-space-xs) var(--lumo-space-s);min-width:5.5em;vertical-align:top;"
                + "border-radius:var(--lumo-border-radius-s)");
        rule(css, "td[data-label]", "font-weight:700");
        rule(css, "td[data-label]::after", "content:attr(data-label);display:block;font-weight:400;"
                + "color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-xs);white-space:nowrap");
        rule(css, "td[data-status=NONE]", "background:" + StatusColours.light(null)
                + ";text-align:center;color:var(--lumo-secondary-text-color)");
        for (ComplianceStatus status : ComplianceStatus.values()) {
            rule(css, "td[data-status=" + status.name() + "]", "background:" + StatusColours.light(status)
                    + ";border-left-width:4px;border-left-style:solid;border-left-color:"
                    + StatusColours.strong(status));
        }
        return css.toString();
    }

    /** One CSS rule for elements inside this table's container. */
    private static void rule(StringBuilder css, String selector, String declarations) {
        css.append('#').append(ID).append(' ').append(selector).append('{').append(declarations).append('}');
    }

    void show(NationalMatrix matrix) {
        removeAll();
        getElement().removeAllChildren();
        Element table = new Element("table");
        table.setAttribute("aria-label", getTranslation("dashboard.matrix.title"));
        Element head = new Element("tr");
        head.appendChild(header(getTranslation("dashboard.matrix.recommendation"), "col"));
        for (String country : matrix.countries()) {
            Element th = header(countryName.apply(country), "col");
            th.setAttribute("data-country", country);
            th.setAttribute("title", country);
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (NationalMatrix.Row row : matrix.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-recommendation", String.valueOf(row.recommendationId()));
            Element th = header(null, "row");
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
        getElement().appendChild(table, new Element("style").setText(STYLE));
    }

    private static Element header(String text, String scope) {
        Element th = new Element("th");
        th.setAttribute("scope", scope);
        if (text != null) {
            th.setText(text);
        }
        return th;
    }

    private Element cell(NationalMatrix.Row row, String country, MatrixCell cell) {
        Element td = new Element("td");
        td.setAttribute("data-country", country);
        if (cell == null) {
            td.setAttribute("data-status", "NOT_LISTED");
            return td;
        }
        String place = row.code() + " · " + countryName.apply(country);
        if (cell.worst() == null) {
            td.setAttribute("data-status", "NONE");
            td.setAttribute("title", place + ": " + getTranslation("dashboard.matrix.no-milestones"));
            td.setText("—");
            return td;
        }
        String status = getTranslation("compliance." + cell.worst().name());
        td.setAttribute("data-status", cell.worst().name());
        td.setAttribute("title", getTranslation("dashboard.matrix.cell", place, status, cell.progress(),
                cell.milestones()));
        // the progress as the cell's text, the status shown under it from the data-label attribute (and said in full by
        // the title): one element per cell rather than three
        td.setText(cell.progress() + " %");
        td.setAttribute("data-label", status);
        return td;
    }
}
