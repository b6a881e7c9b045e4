package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.compliance.Timeline;
import org.mixedmovements.tracker.compliance.TimelineQueries;
import org.mixedmovements.tracker.compliance.TimelineRequest;
import org.mixedmovements.tracker.compliance.TimelineZoom;
import org.mixedmovements.tracker.plan.Plan;

/**
 * The plan's recommendations and milestones over the months, baseline against current and actual dates, with a line
 * for today and arrows for the dependencies between milestones. Plan, filters, window and page are in the address, so
 * a view can be shared as a link. On a phone the filters fold away and the legend follows the chart, so the chart is
 * in view when the page opens.
 */
@Route("timeline")
@StyleSheet("context://styles/timeline.css")
@Menu(order = 1, title = "menu.timeline", icon = "CALENDAR_CLOCK")
@PermitAll
class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN = "plan";
    static final String THEME = "theme";
    static final String ORGANISATION = "org";
    static final String PERIOD = "period";
    static final String PAGE = "page";
    /** Narrower than this (CSS pixels), the filters start folded. */
    static final int PHONE_WIDTH = 600;

    private final TimelineQueries timelines;
    private final ComboBox<Plan> planSelect = new ComboBox<>();
    private final ComboBox<String> themeSelect = new ComboBox<>();
    private final ComboBox<Long> organisationSelect = new ComboBox<>();
    private final Map<TimelineZoom, Button> zoomButtons = new LinkedHashMap<>();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Button today = new Button();
    private final Span period = new Span();
    private final TimelineChart chart = new TimelineChart();
    private final Paragraph empty = new Paragraph();
    private final Span pageInfo = new Span();
    private final Button previousPage = new Button();
    private final Button nextPage = new Button();
    private final Details filterPanel = new Details();
    private Timeline shown;

    TimelineView(TimelineQueries timelines) {
        this.timelines = timelines;
        setWidthFull();
        filterPanel.setId("timeline-filters");
        filterPanel.setSummaryText(getTranslation("timeline.filters"));
        filterPanel.add(filters());
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        add(new H2(getTranslation("timeline.title")), filterPanel, toolbar(), empty, chart, new TimelineLegend(), pager());
        empty.setId("timeline-empty");
        empty.setText(getTranslation("timeline.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }

    private HorizontalLayout filters() {
        planSelect.setId("timeline-plan");
        planSelect.setLabel(getTranslation("timeline.plan"));
        planSelect.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        planSelect.setWidth("min(32em, 100%)");
        planSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue().getId(), null, null, shown == null ? null : shown.window().period(), 0);
            }
        });
        themeSelect.setId("timeline-theme");
        themeSelect.setLabel(getTranslation("timeline.theme"));
        themeSelect.setPlaceholder(getTranslation("timeline.any"));
        themeSelect.setClearButtonVisible(true);
        themeSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(shown.planId(), e.getValue(), shown.organisationId(), shown.window().period(), 0);
            }
        });
        organisationSelect.setId("timeline-organisation");
        organisationSelect.setLabel(getTranslation("timeline.organisation"));
        organisationSelect.setPlaceholder(getTranslation("timeline.any"));
        organisationSelect.setClearButtonVisible(true);
        organisationSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(shown.planId(), shown.theme(), e.getValue(), shown.window().period(), 0);
            }
        });
        HorizontalLayout filters = new HorizontalLayout(planSelect, themeSelect, organisationSelect);
        filters.setWrap(true);
        filters.setWidthFull();
        return filters;
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout zoom = new HorizontalLayout();
        zoom.setSpacing(false);
        zoom.getThemeList().add("spacing-xs");
        for (TimelineZoom level : TimelineZoom.values()) {
            Button button = new Button(getTranslation("timeline.zoom." + level.name()),
                    e -> go(shown.planId(), shown.theme(), shown.organisationId(), shown.period(level), 0));
            button.setId("zoom-" + level.name().toLowerCase(Locale.ROOT));
            zoomButtons.put(level, button);
            zoom.add(button);
        }
        previous.setId("timeline-previous");
        previous.setAriaLabel(getTranslation("timeline.previous"));
        previous.setTooltipText(getTranslation("timeline.previous"));
        previous.addClickListener(e -> shown.window().previous().ifPresent(p -> move(p)));
        next.setId("timeline-next");
        next.setAriaLabel(getTranslation("timeline.next"));
        next.setTooltipText(getTranslation("timeline.next"));
        next.addClickListener(e -> shown.window().next().ifPresent(p -> move(p)));
        today.setId("timeline-go-today");
        today.setText(getTranslation("timeline.go-today"));
        today.addClickListener(e -> move(shown.todayPeriod()));
        period.setId("timeline-period");
        period.getStyle().set("font-weight", "600").set("min-width", "6em").set("text-align", "center");
        HorizontalLayout move = new HorizontalLayout(previous, period, next, today);
        move.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        move.setSpacing(false);
        move.getThemeList().add("spacing-xs");
        HorizontalLayout toolbar = new HorizontalLayout(zoom, move);
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private HorizontalLayout pager() {
        pageInfo.setId("timeline-page");
        previousPage.setId("timeline-previous-page");
        previousPage.setText(getTranslation("timeline.page.previous"));
        previousPage.addClickListener(e -> turn(shown.page() - 1));
        nextPage.setId("timeline-next-page");
        nextPage.setText(getTranslation("timeline.page.next"));
        nextPage.addClickListener(e -> turn(shown.page() + 1));
        HorizontalLayout pager = new HorizontalLayout(previousPage, pageInfo, nextPage);
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return pager;
    }

    private void move(String newPeriod) {
        go(shown.planId(), shown.theme(), shown.organisationId(), newPeriod, 0);
    }

    private void turn(int page) {
        go(shown.planId(), shown.theme(), shown.organisationId(), shown.window().period(), page);
    }

    /** Navigates to the address of this state, so the browser's history and a copied link keep it. */
    private void go(Long planId, String theme, Long organisationId, String newPeriod, int page) {
        getUI().ifPresent(ui -> ui.navigate(TimelineView.class,
                parameters(planId, theme, organisationId, newPeriod, page)));
    }

    static QueryParameters parameters(Long planId, String theme, Long organisationId, String period, int page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(PLAN, List.of(String.valueOf(planId)));
        if (theme != null) {
            values.put(THEME, List.of(theme));
        }
        if (organisationId != null) {
            values.put(ORGANISATION, List.of(String.valueOf(organisationId)));
        }
        if (period != null) {
            values.put(PERIOD, List.of(period));
        }
        if (page > 0) {
            values.put(PAGE, List.of(String.valueOf(page + 1)));
        }
        return new QueryParameters(values);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Plan> plans = timelines.plans();
        planSelect.setItems(plans);
        if (plans.isEmpty()) {
            chart.setVisible(false);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        Long requested = query.getSingleParameter(PLAN).flatMap(TimelineView::number).orElse(null);
        Plan plan = plans.stream().filter(p -> p.getId().equals(requested)).findFirst().orElse(plans.get(0));
        String theme = query.getSingleParameter(THEME).filter(t -> !t.isBlank()).orElse(null);
        Long organisation = query.getSingleParameter(ORGANISATION).flatMap(TimelineView::number).orElse(null);
        int page = query.getSingleParameter(PAGE).flatMap(TimelineView::number).map(n -> (int) Math.max(0, n - 1))
                .orElse(0);
        show(timelines.timeline(new TimelineRequest(plan.getId(), theme, organisation,
                query.getSingleParameter(PERIOD).orElse(null), page)), plan);
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(Timeline timeline, Plan plan) {
        shown = timeline;
        planSelect.setValue(plan);
        themeSelect.setItems(timeline.themes());
        themeSelect.setValue(timeline.themes().contains(timeline.theme()) ? timeline.theme() : null);
        organisationSelect.setItems(new ArrayList<>(timeline.organisations().keySet()));
        organisationSelect.setItemLabelGenerator(id -> timeline.organisations().getOrDefault(id, ""));
        organisationSelect.setValue(timeline.organisations().containsKey(timeline.organisationId())
                ? timeline.organisationId() : null);
        List<String> chosen = new ArrayList<>(List.of(plan.getCode()));
        if (themeSelect.getValue() != null) {
            chosen.add(themeSelect.getValue());
        }
        if (organisationSelect.getValue() != null) {
            chosen.add(timeline.organisations().get(organisationSelect.getValue()));
        }
        filterPanel.setSummaryText(getTranslation("timeline.filters-chosen", String.join(" · ", chosen)));
        zoomButtons.forEach((level, button) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (level == timeline.window().zoom()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        boolean moves = timeline.window().zoom() != TimelineZoom.ALL;
        previous.setEnabled(moves);
        next.setEnabled(moves);
        today.setEnabled(moves && !timeline.showsToday());
        period.setText(chart.period(timeline));
        chart.show(timeline);
        chart.setVisible(!timeline.rows().isEmpty());
        empty.setVisible(timeline.rows().isEmpty());
        pageInfo.setText(getTranslation("timeline.page", timeline.firstShown(), timeline.lastShown(),
                timeline.recommendations()));
        previousPage.setEnabled(timeline.hasPreviousPage());
        nextPage.setEnabled(timeline.hasNextPage());
    }

    /** On a phone the filters start folded (their summary says what is chosen), so the chart opens in view. */
    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
    }

    /** Folds the filters away in a window this narrow (package-private for the view test). */
    void fit(int windowWidth) {
        filterPanel.setOpened(windowWidth <= 0 || windowWidth >= PHONE_WIDTH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.timeline") + " | " + getTranslation("app.title");
    }
}
