package org.mixedmovements.tracker.recommendation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.milestone.ui.MilestoneStatusBadge;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;

/**
 * A recommendation's milestones, read page by page as the user scrolls; short lists show whole. Six columns at most
 * (the country only for a national recommendation), so that the status stays in view at 1280 px in every language.
 */
class MilestoneGrid extends Grid<MilestoneRow> {

    private static final int SHOWN_WHOLE = 10;

    MilestoneGrid(RecommendationDetailService details, ContentTranslationService translations, Long recommendationId,
                  long count, boolean national) {
        setId("milestone-grid");
        // each name in the reader's language where the secretariat translated it
        Map<Long, String> names = new HashMap<>();
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(m -> names.getOrDefault(m.id(), m.name())).setHeader(getTranslation("milestone.name")).setFlexGrow(3)
                .setWidth("12rem").setKey("name");
        // where it stands comes right after what it is: on a phone these two are in view, the rest a swipe away
        addComponentColumn(MilestoneGrid::status).setHeader(getTranslation("milestone.compliance"))
                .setFlexGrow(1).setWidth("10rem").setKey("compliance");
        addColumn(MilestoneRow::ownerCode).setHeader(getTranslation("milestone.owner")).setAutoWidth(true)
                .setKey("owner");
        if (national) {
            addColumn(m -> m.countryIso2() == null ? "" : m.countryIso2())
                    .setHeader(getTranslation("milestone.country")).setAutoWidth(true).setKey("country");
        }
        addColumn(this::due).setHeader(getTranslation("milestone.due")).setAutoWidth(true).setKey("due");
        addColumn(m -> getTranslation("milestone.reported-progress",
                getTranslation("reported." + m.reportedStatus().name()), m.progress()))
                .setHeader(getTranslation("milestone.reported")).setAutoWidth(true).setKey("reported");
        if (details.mayAssignWork()) {
            addComponentColumn(this::reassignLink).setAutoWidth(true).setKey("reassign");
        }
        setItems(query -> {
            List<MilestoneRow> rows = details.milestones(recommendationId,
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent();
            ContentTranslationService.Reading read = translations.read(TranslatedField.MILESTONE_NAME.subjectType(),
                    rows.stream().map(MilestoneRow::id).toList(), getLocale());
            rows.forEach(m -> names.put(m.id(), read.text(m.id(), TranslatedField.MILESTONE_NAME, m.name()).text()));
            return rows.stream();
        }, query -> (int) count);
        if (count <= SHOWN_WHOLE) {
            setAllRowsVisible(true);
        } else {
            setHeight("24em");
        }
    }

    /** The due date in force, and the baseline when it moved: "Mar 31, 2027 (+15 days; baseline Mar 16, 2027)". */
    private String due(MilestoneRow m) {
        return m.slippageDays() == 0 ? Formats.date(m.currentDue()) : getTranslation("milestone.due-moved",
                Formats.date(m.currentDue()), m.slippageDays(), Formats.date(m.baselineDue()));
    }

    /** Proposed in a draft plan, or where it stands once in force (see {@link MilestoneStatusBadge}). */
    private static Component status(MilestoneRow m) {
        if (m.state() != MilestoneState.APPROVED) {
            return Badges.of(m.state(), "milestone.state.", "contrast");
        }
        return MilestoneStatusBadge.of(m.compliance(), m.review());
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
