package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ui.EvidenceList;
import org.mixedmovements.tracker.recommendation.HistoryLine;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;

/**
 * Who did what on a recommendation and its milestones, newest first, read page by page as the user scrolls; evidence
 * added opens from its entry.
 */
class HistoryGrid extends Grid<HistoryLine> {

    HistoryGrid(RecommendationDetailService details, Long recommendationId, EvidenceService evidence) {
        setId("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("24em");
        addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("history.when", Formats.zoneName()))
                .setAutoWidth(true).setKey("when");
        addColumn(e -> e.organisationCode() == null
                ? (CurrentUser.SYSTEM.equals(e.actor()) ? getTranslation("audit-view.system") : e.actor())
                : getTranslation("detail.history.who-of", e.actor(), e.organisationCode()))
                .setHeader(getTranslation("history.who")).setAutoWidth(true).setKey("who");
        addColumn(e -> action(e.action())).setHeader(getTranslation("history.what")).setAutoWidth(true)
                .setKey("what");
        addComponentColumn(e -> details(e, evidence, getLocale())).setHeader(getTranslation("history.details")).setFlexGrow(3)
                .setWidth("16rem").setKey("details");
        setItems(query -> details.history(recommendationId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
    }

    /** What was done; an entry that added evidence opens it (in the browser for a PDF or an image). */
    private static Component details(HistoryLine line, EvidenceService evidence, Locale locale) {
        Span summary = new Span(line.text(locale));
        if (line.evidence() == null) {
            return summary;
        }
        Anchor open = EvidenceList.open(line.evidence(), evidence);
        open.setId("history-evidence-" + line.id());
        Div both = new Div(summary, new Text(" "), VaadinIcon.PAPERCLIP.create(), open);
        both.getStyle().set("overflow-wrap", "anywhere");
        return both;
    }

    /** Actions recorded by features newer than this page's bundle keys still read as something: their code. */
    private String action(String action) {
        String key = "audit." + action;
        String text = getTranslation(key);
        return text.contains(key) ? action : text;
    }
}
