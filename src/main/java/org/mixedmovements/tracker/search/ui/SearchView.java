package org.mixedmovements.tracker.search.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mixedmovements.tracker.base.SearchText;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.mixedmovements.tracker.recommendation.RecommendationHit;
import org.mixedmovements.tracker.search.SearchService;
import org.mixedmovements.tracker.task.TaskCard;
import org.springframework.data.domain.PageRequest;

/**
 * What the search box found, from {@code search?q=words}: recommendations, milestones and the user's open tasks, each
 * list paged; every result leads to its recommendation's page.
 */
@Route("search")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUERY_PARAMETER = "q";

    private final SearchService search;
    private final TextField query = new TextField();
    private final Paragraph message = new Paragraph();
    private final VerticalLayout results = new VerticalLayout();
    private String current = "";

    SearchView(SearchService search) {
        this.search = search;
        setWidthFull();
        query.setId("search-query");
        query.setLabel(getTranslation("search.label"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setMaxLength(SearchText.MAX_QUERY);
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.setWidth("min(40em, 100%)");
        query.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                        QueryParameters.of(QUERY_PARAMETER, e.getValue() == null ? "" : e.getValue().strip())));
            }
        });
        message.setId("search-message");
        results.setPadding(false);
        results.setWidthFull();
        add(new H2(getTranslation("search.title")), query, message, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = event.getLocation().getQueryParameters().getSingleParameter(QUERY_PARAMETER).orElse("");
        query.setValue(current);
        results.removeAll();
        try {
            if (!search.searchable(current)) {
                message.setText(getTranslation("search.hint"));
                return;
            }
        } catch (RuntimeException refused) {
            message.setText(Messages.describe(this, refused));
            return;
        }
        message.setText(getTranslation("search.results-for", current.strip()));
        PageRequest first = PageRequest.of(0, 1);
        results.add(section("search-recommendations", "search.recommendations", recommendationGrid(),
                        search.recommendations(current, first).getTotalElements()),
                section("search-milestones", "search.milestones", milestoneGrid(),
                        search.milestones(current, first).getTotalElements()),
                section("search-tasks", "search.tasks", taskGrid(), search.tasks(current, first).getTotalElements()));
    }

    private VerticalLayout section(String id, String titleKey, Grid<?> grid, long total) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("16em");
        Span count = new Span();
        count.setId(id + "-count");
        count.setText(getTranslation("search.count", total));
        grid.setVisible(total > 0);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), count, grid);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private Grid<RecommendationHit> recommendationGrid() {
        Grid<RecommendationHit> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor("recommendations/" + r.id(), r.code()))
                .setHeader(getTranslation("recommendation.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecommendationHit::planCode).setHeader(getTranslation("milestones.plan"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecommendationHit::title).setHeader(getTranslation("recommendation.title")).setFlexGrow(2);
        grid.addColumn(r -> r.excerpt() == null ? "" : r.excerpt()).setHeader(getTranslation("search.excerpt"))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> Badges.of(r.status(), "status.", "contrast"))
                .setHeader(getTranslation("recommendation.status")).setAutoWidth(true);
        grid.setItems(q -> search.recommendations(current, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) search.recommendations(current, PageRequest.of(0, 1)).getTotalElements());
        return grid;
    }

    private Grid<MilestoneListRow> milestoneGrid() {
        Grid<MilestoneListRow> grid = new Grid<>();
        grid.addComponentColumn(m -> new Anchor("recommendations/" + m.recommendationId(), m.recommendationCode()))
                .setHeader(getTranslation("recommendation.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MilestoneListRow::planCode).setHeader(getTranslation("milestones.plan"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MilestoneListRow::name).setHeader(getTranslation("field.name")).setFlexGrow(3);
        grid.addColumn(MilestoneListRow::ownerCode).setHeader(getTranslation("field.owner")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.currentDue())).setHeader(getTranslation("field.dueDate")).setAutoWidth(true);
        grid.addComponentColumn(m -> Badges.of(m.stage(), "milestones.stage.", "contrast"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.setItems(q -> search.milestones(current, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) search.milestones(current, PageRequest.of(0, 1)).getTotalElements());
        return grid;
    }

    private Grid<TaskCard> taskGrid() {
        Grid<TaskCard> grid = new Grid<>();
        grid.addComponentColumn(t -> new Anchor("recommendations/" + t.recommendationId(), t.recommendationCode()))
                .setHeader(getTranslation("recommendation.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("task.kind." + t.kind().name())).setHeader(getTranslation("search.task"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.milestoneName() == null ? t.recommendationTitle() : t.milestoneName())
                .setHeader(getTranslation("search.about")).setFlexGrow(3);
        grid.addColumn(t -> t.dueDate() == null ? "" : Formats.date(t.dueDate()))
                .setHeader(getTranslation("field.dueDate")).setAutoWidth(true);
        grid.addComponentColumn(t -> new Anchor("tasks", getTranslation("search.open-tasks")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> search.tasks(current, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) search.tasks(current, PageRequest.of(0, 1)).getTotalElements());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " | " + getTranslation("app.title");
    }
}
