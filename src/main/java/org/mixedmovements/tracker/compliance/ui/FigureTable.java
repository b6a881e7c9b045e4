package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A small table of figures: a header row, then one row per group whose first cell names it (a row header for screen
 * readers) and whose other cells are numbers, aligned to the end. On a narrow screen the table scrolls sideways with
 * the first column in view.
 */
class FigureTable extends Div {

    /** One row: its key (for tests), the group's name and its figures as they read. */
    record Row(String key, String name, List<String> cells) {
    }

    private final String style;

    FigureTable(String id) {
        setId(id);
        addClassName("figure-table");
        setWidthFull();
        getStyle().set("overflow-x", "auto");
        String scope = "#" + id + " ";
        style = scope + "table{border-collapse:collapse;font-size:var(--lumo-font-size-s);min-width:100%}"
                + scope + "th," + scope + "td{padding:var(--lumo-space-xs);"
                + "border-bottom:1px solid var(--lumo-contrast-10pct)}"
                + scope + "thead th{text-align:end;font-weight:600;color:var(--lumo-secondary-text-color);"
                + "vertical-align:bottom}"
                + scope + "th:first-child{text-align:start;position:sticky;left:0;background:var(--lumo-base-color);"
                + "min-width:9em}"
                + scope + "tbody>tr>th{font-weight:500}"
                + scope + "td{text-align:end;white-space:nowrap;font-variant-numeric:tabular-nums}";
    }

    void show(String caption, List<String> headers, List<Row> rows) {
        getElement().removeAllChildren();
        Element table = new Element("table");
        table.setAttribute("aria-label", caption);
        // on a phone the table scrolls sideways: the region takes the keyboard's focus so arrow keys scroll it too
        getElement().setAttribute("role", "region").setAttribute("aria-label", caption).setAttribute("tabindex", "0");
        Element head = new Element("tr");
        for (String header : headers) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Row row : rows) {
            Element tr = new Element("tr").setAttribute("data-key", row.key());
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.name()));
            row.cells().forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table, new Element("style").setText(style));
    }
}
