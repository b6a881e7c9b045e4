package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mixedmovements.tracker.compliance.Implementation;
import org.mixedmovements.tracker.compliance.RecommendationFigures;
import org.mixedmovements.tracker.compliance.RecommendationFigures.Group;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.GroupResponse;

/**
 * The recommendations at a glance, as a chair or a donor asks about them: the acceptance and implementation rates,
 * the group's responses and where the accepted recommendations stand, and the same figures by lead organisation,
 * theme or coordination level. The implementation stages take the colours of the milestone statuses they resemble
 * (implemented as completed, in progress as on track), so one palette reads across the dashboard.
 */
class RecommendationFiguresPanel extends Div {

    /** The dimensions the breakdown offers, in the order of its tabs. */
    enum By { LEAD, THEME, LEVEL }

    private final Function<String, String> organisationName;
    private final Paragraph intro = new Paragraph();
    private final Div acceptance = new Div();
    private final Div implementation = new Div();
    private final StackedBar responses = new StackedBar("response-bar");
    private final StackedBar stages = new StackedBar("implementation-bar");
    private final Tabs by = new Tabs();
    private final FigureTable table = new FigureTable("recommendation-breakdown");
    private RecommendationFigures figures;

    RecommendationFiguresPanel(Function<String, String> organisationName) {
        this.organisationName = organisationName;
        setId("recommendation-figures");
        setWidthFull();
        H3 title = new H3(getTranslation("dashboard.recommendations.title"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        acceptance.getStyle().set("display", "flex").set("flex", "1 1 12em");
        implementation.getStyle().set("display", "flex").set("flex", "1 1 12em");
        FlexLayout rates = new FlexLayout(acceptance, implementation);
        rates.getStyle().set("gap", "var(--lumo-space-m)").set("flex", "1 1 26em");
        Div bars = new Div(caption("dashboard.recommendations.responses"), responses,
                caption("dashboard.recommendations.implementation"), stages);
        bars.getStyle().set("flex", "2 1 24em").set("min-width", "0");
        FlexLayout top = new FlexLayout(rates, bars);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setWidthFull();
        top.getStyle().set("gap", "var(--lumo-space-m) var(--lumo-space-xl)").set("margin", "var(--lumo-space-s) 0");
        for (By dimension : By.values()) {
            Tab tab = new Tab(getTranslation("dashboard.recommendations.by." + dimension.name()));
            tab.setId("breakdown-" + dimension.name().toLowerCase(java.util.Locale.ROOT));
            by.add(tab);
        }
        by.setId("breakdown-by");
        by.addSelectedChangeListener(e -> showTable());
        add(title, intro, top, by, table);
    }

    private Span caption(String key) {
        Span caption = new Span(getTranslation(key));
        caption.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-xs)");
        return caption;
    }

    void show(RecommendationFigures figures) {
        this.figures = figures;
        Group total = figures.total();
        intro.setText(getTranslation("dashboard.recommendations.intro", total.recommendations()));
        rate(acceptance, "card-acceptance-rate", "dashboard.recommendations.acceptance-rate", total.acceptanceRate(),
                getTranslation("dashboard.recommendations.acceptance-of", total.accepted(), total.responded()));
        rate(implementation, "card-implementation-rate", "dashboard.recommendations.implementation-rate", total.implementationRate(),
                getTranslation("dashboard.recommendations.implementation-of", total.implemented(), total.accepted()));
        List<StackedBar.Part> answers = new ArrayList<>();
        for (GroupResponse response : GroupResponse.values()) {
            answers.add(new StackedBar.Part(response.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    getTranslation("response." + response.name()), figures.byResponse().get(response),
                    responseColour(response)));
        }
        answers.add(new StackedBar.Part("no-response", getTranslation("dashboard.recommendations.no-response"),
                figures.noResponseYet(), StatusColours.strong(null)));
        responses.show(getTranslation("dashboard.recommendations.responses"), answers);
        List<StackedBar.Part> parts = new ArrayList<>();
        for (Implementation stage : Implementation.values()) {
            parts.add(new StackedBar.Part(stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    getTranslation("implementation." + stage.name()), figures.byImplementation().get(stage),
                    StatusColours.strong(resembles(stage))));
        }
        stages.show(getTranslation("dashboard.recommendations.implementation"), parts);
        showTable();
    }

    private void rate(Div place, String id, String labelKey, Optional<Integer> rate, String detail) {
        place.removeAll();
        place.add(new FigureCard(id, percent(rate), getTranslation(labelKey), detail, "var(--lumo-primary-color)"));
    }

    private void showTable() {
        if (figures == null) {
            return;
        }
        By dimension = By.values()[Math.max(0, by.getSelectedIndex())];
        List<Group> groups = switch (dimension) {
            case LEAD -> figures.byLead();
            case THEME -> figures.byTheme();
            case LEVEL -> figures.byLevel();
        };
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.recommendations.by." + dimension.name()));
        for (String column : List.of("recommendations", "responded", "accepted", "not-started", "in-progress",
                "implemented", "acceptance-rate", "implementation-rate")) {
            headers.add(getTranslation("dashboard.recommendations.column." + column));
        }
        List<FigureTable.Row> rows = groups.stream().map(g -> new FigureTable.Row(g.key() == null ? "" : g.key(),
                name(dimension, g.key()), List.of(String.valueOf(g.recommendations()), String.valueOf(g.responded()),
                String.valueOf(g.accepted()), String.valueOf(g.notStarted()), String.valueOf(g.inProgress()),
                String.valueOf(g.implemented()), percent(g.acceptanceRate()), percent(g.implementationRate()))))
                .toList();
        table.show(getTranslation("dashboard.recommendations.breakdown",
                getTranslation("dashboard.recommendations.by." + dimension.name())), headers, rows);
    }

    private String name(By dimension, String key) {
        if (key == null) {
            return getTranslation("dashboard.recommendations.none." + dimension.name());
        }
        return switch (dimension) {
            case LEAD -> organisationName.apply(key);
            case THEME -> key;
            case LEVEL -> getTranslation("level." + key);
        };
    }

    private static String percent(Optional<Integer> rate) {
        return rate.map(r -> r + " %").orElse("—");
    }

    /** The milestone status whose colour an implementation stage takes: one palette across the dashboard. */
    static ComplianceStatus resembles(Implementation stage) {
        return switch (stage) {
            case IMPLEMENTED -> ComplianceStatus.COMPLETED_ON_TIME;
            case PARTIALLY_IMPLEMENTED -> ComplianceStatus.COMPLETED_LATE;
            case IN_PROGRESS -> ComplianceStatus.ON_TRACK;
            case NOT_STARTED -> ComplianceStatus.NOT_DUE_YET;
            case NOT_IMPLEMENTED -> ComplianceStatus.NOT_IMPLEMENTED;
        };
    }

    private static String responseColour(GroupResponse response) {
        return switch (response) {
            case ACCEPTED -> StatusColours.strong(ComplianceStatus.COMPLETED_ON_TIME);
            case PARTIALLY_ACCEPTED -> StatusColours.strong(ComplianceStatus.COMPLETED_LATE);
            case NOT_ACCEPTED -> "var(--lumo-contrast-70pct)";
        };
    }
}
