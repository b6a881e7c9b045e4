package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Function;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.DeadlineRow;

/**
 * A list of milestones by deadline, read a page at a time from the service: the milestone (a link to its
 * recommendation), the recommendation's code, the owner, the country, the due date and how many days late or left.
 */
class DeadlineGrid extends Grid<DeadlineRow> {

    static final String DAYS_COLUMN = "days";
    static final int SHOWN_WHOLE = 10;

    /**
     * @param late        true: days late (overdue list); false: days left (coming deadlines)
     * @param countryName the country's name in the user's language from its code (null: regional)
     */
    DeadlineGrid(String id, boolean late, Function<String, String> countryName) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(50);
        setWidthFull();
        addComponentColumn(r -> new Anchor("recommendations/" + r.recommendationId(), r.milestoneName()))
                .setKey("milestone").setHeader(getTranslation("dashboard.column.milestone")).setFlexGrow(3)
                .setWidth("10rem");
        addComponentColumn(r -> new Anchor("recommendations/" + r.recommendationId(), r.recommendationCode()))
                .setKey("recommendation").setHeader(getTranslation("dashboard.column.recommendation"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(DeadlineRow::ownerOrganisationCode).setKey("owner")
                .setHeader(getTranslation("dashboard.column.owner")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> countryName.apply(r.countryIso2())).setKey("country")
                .setHeader(getTranslation("dashboard.column.country")).setFlexGrow(1).setWidth("6rem");
        addColumn(r -> Formats.date(r.currentDue())).setKey("due")
                .setHeader(getTranslation("dashboard.column.due")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> late ? String.valueOf(r.daysLate()) : daysLeft(r.daysLeft())).setKey(DAYS_COLUMN)
                .setHeader(getTranslation(late ? "dashboard.column.days-late" : "dashboard.column.days-left"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    /** A short list shows whole; a longer one scrolls, its rows read page by page as they come into view. */
    void fitTo(long rows) {
        boolean whole = rows <= SHOWN_WHOLE;
        setAllRowsVisible(whole);
        setHeight(whole ? null : "24em");
    }

    private String daysLeft(long days) {
        return days == 0 ? getTranslation("dashboard.days-left.today") : String.valueOf(days);
    }
}
