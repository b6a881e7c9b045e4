package org.mixedmovements.tracker.recommendation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;

/** A recommendation's milestones, read page by page as the user scrolls; short lists show whole. */
class MilestoneGrid extends Grid<MilestoneRow> {

    private static final int SHOWN_WHOLE = 10;

    MilestoneGrid(RecommendationDetailService details, Long recommendationId, long count) {
        setId("milestone-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(MilestoneRow::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3)
                .setWidth("14em").setKey("name");
        addColumn(MilestoneRow::ownerCode).setHeader(getTranslation("milestone.owner")).setAutoWidth(true)
                .setKey("owner");
        addColumn(m -> m.countryIso2() == null ? "" : m.countryIso2())
                .setHeader(getTranslation("milestone.country")).setAutoWidth(true).setKey("country");
        addColumn(m -> Formats.date(m.baselineDue())).setHeader(getTranslation("milestone.baseline-due"))
                .setAutoWidth(true).setKey("baseline");
        addColumn(m -> Formats.date(m.currentDue()) + (m.slippageDays() == 0 ? ""
                : " (" + getTranslation("milestone.slippage", m.slippageDays()) + ")"))
                .setHeader(getTranslation("milestone.current-due")).setAutoWidth(true).setKey("current");
        addComponentColumn(m -> Badges.of(m.state(), "milestone.state.", "contrast"))
                .setHeader(getTranslation("milestone.state")).setAutoWidth(true).setKey("state");
        addColumn(m -> getTranslation("reported." + m.reportedStatus().name()))
                .setHeader(getTranslation("milestone.reported")).setAutoWidth(true).setKey("reported");
        addColumn(m -> m.progress() + " %").setHeader(getTranslation("milestone.progress")).setAutoWidth(true)
                .setKey("progress");
        addComponentColumn(ComplianceBadge::of).setHeader(getTranslation("milestone.compliance"))
                .setAutoWidth(true).setKey("compliance");
        if (details.mayAssignWork()) {
            addComponentColumn(this::reassignLink).setAutoWidth(true).setKey("reassign");
        }
        setItems(query -> details.milestones(recommendationId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) count);
        if (count <= SHOWN_WHOLE) {
            setAllRowsVisible(true);
        } else {
            setHeight("24em");
        }
    }

    /** For the secretariat and the chair: to the milestones list, filtered to this one, where it is reassigned. */
    private Component reassignLink(MilestoneRow m) {
        if (m.completedOn() != null) {
            return new Span();
        }
        Anchor link = new Anchor("milestones?text=" + URLEncoder.encode(m.name(), StandardCharsets.UTF_8),
                getTranslation("detail.reassign"));
        link.setId("reassign-" + m.id());
        return link;
    }
}
