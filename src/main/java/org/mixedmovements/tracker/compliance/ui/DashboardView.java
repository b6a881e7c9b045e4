package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import org.mixedmovements.tracker.base.ui.Badges;
import org.mixedmovements.tracker.compliance.DashboardFigures;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.recommendation.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import com.vaadin.flow.component.html.Anchor;

/** Compliance at a glance: milestones by status and progress per recommendation, for the plan in the URL. */
@Route("dashboard")
@Menu(order = 0, title = "menu.dashboard", icon = "DASHBOARD")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PLAN_PARAMETER = "plan";

    private final DashboardService dashboard;
    private final ComboBox<Plan> planSelect = new ComboBox<>();
    private final FlexLayout cards = new FlexLayout();
    private final Grid<RecommendationSummary> progress = new Grid<>();

    DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        setWidthFull();
        planSelect.setLabel(getTranslation("dashboard.plan"));
        planSelect.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        planSelect.setWidth("min(40em, 100%)");
        planSelect.setItems(dashboard.plans());
        planSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                        QueryParameters.of(PLAN_PARAMETER, String.valueOf(e.getValue().getId()))));
            }
        });
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("status-cards");
        configureProgressGrid();
        add(new H2(getTranslation("dashboard.title")), planSelect, cards,
                new H2(getTranslation("dashboard.progress")), progress);
    }

    private void configureProgressGrid() {
        progress.setId("progress-grid");
        progress.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        progress.setAllRowsVisible(true);
        progress.addComponentColumn(r -> new Anchor("recommendations/" + r.id(), r.code()))
                .setHeader(getTranslation("recommendation.code")).setAutoWidth(true).setFlexGrow(0);
        progress.addColumn(RecommendationSummary::title).setHeader(getTranslation("recommendation.title")).setFlexGrow(3);
        progress.addComponentColumn(r -> Badges.of(r.status(), "status.", "contrast"))
                .setHeader(getTranslation("recommendation.status")).setAutoWidth(true);
        progress.addColumn(r -> r.leadOrganisationCode() == null ? "" : r.leadOrganisationCode())
                .setHeader(getTranslation("recommendation.lead")).setAutoWidth(true);
        progress.addColumn(RecommendationSummary::approvedMilestones)
                .setHeader(getTranslation("recommendation.milestones")).setAutoWidth(true);
        progress.addComponentColumn(r -> progressBar(r.progress()))
                .setHeader(getTranslation("recommendation.progress")).setFlexGrow(1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Plan> plans = dashboard.plans();
        if (plans.isEmpty()) {
            return;
        }
        Long requested = event.getLocation().getQueryParameters().getSingleParameter(PLAN_PARAMETER)
                .flatMap(DashboardView::parseId).orElse(null);
        Plan plan = plans.stream().filter(p -> p.getId().equals(requested)).findFirst().orElse(plans.get(0));
        planSelect.setValue(plan);
        show(dashboard.figures(plan.getId()));
    }

    private static Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void show(DashboardFigures figures) {
        cards.removeAll();
        Map<String, Long> counts = Map.of(
                "ON_TRACK", figures.count(ComplianceStatus.ON_TRACK),
                "AT_RISK", figures.count(ComplianceStatus.AT_RISK),
                "OVERDUE", figures.count(ComplianceStatus.OVERDUE),
                "COMPLETED", figures.count(ComplianceStatus.COMPLETED_ON_TIME)
                        + figures.count(ComplianceStatus.COMPLETED_LATE),
                "NOT_DUE_YET", figures.count(ComplianceStatus.NOT_DUE_YET));
        for (String key : List.of("ON_TRACK", "AT_RISK", "OVERDUE", "COMPLETED", "NOT_DUE_YET")) {
            cards.add(card(key, counts.get(key)));
        }
        cards.add(card("PROGRESS", figures.planProgress()));
        progress.setItems(figures.recommendations());
    }

    private Component card(String key, long value) {
        Div card = new Div();
        card.setId("card-" + key.toLowerCase(Locale.ROOT).replace('_', '-'));
        card.addClassName("status-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "9em").set("background", "var(--lumo-base-color)");
        Span number = new Span(key.equals("PROGRESS") ? value + " %" : String.valueOf(value));
        number.addClassName("card-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        Span label = new Span(getTranslation("dashboard.card." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        card.add(number, label);
        return card;
    }

    private static ProgressBar progressBar(int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.setWidth("8em");
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard") + " | " + getTranslation("app.title");
    }
}
