package org.mixedmovements.tracker.compliance.ui;

import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.compliance.RecommendationProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.Downloads;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.ActNowQueries;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.DashboardExports;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.TrendService;
import org.mixedmovements.tracker.compliance.DashboardSnapshot;
import org.mixedmovements.tracker.compliance.FilterChoices;
import org.mixedmovements.tracker.compliance.NationalMatrix;
import org.mixedmovements.tracker.compliance.ScorecardQueries;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;

/**
 * Compliance at a glance for the plan and filters in the link (plan, theme, level, org, country): first who must act
 * now (the plan's open decisions, overdue milestones and plans to draft, whatever the filters), then counts by status,
 * progress per recommendation, the overdue milestones and the coming deadlines, and the national roll-out by country.
 * Changing a filter changes the link, so a view can be shared; a link's unknown values are ignored with a notice.
 */
@Route("dashboard")
@StyleSheet("context://styles/dashboard.css")
@Menu(order = 0, title = "menu.dashboard", icon = "DASHBOARD")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final TrendService trends;
    private final ActNowQueries actNow;
    private final ScorecardQueries scorecards;
    private final ContentTranslationService translations;
    private final ScorecardPanel scorecard = new ScorecardPanel();

    private final ComboBox<Long> planSelect = new ComboBox<>();
    private final ComboBox<String> themeSelect = new ComboBox<>();
    private final ComboBox<CoordinationLevel> levelSelect = new ComboBox<>();
    private final ComboBox<String> organisationSelect = new ComboBox<>();
    private final ComboBox<String> countrySelect = new ComboBox<>();
    private final Button clearFilters = new Button();
    private final Div notice = new Div();
    private final Paragraph noPlan = new Paragraph();
    private final Span today = new Span();
    private final Div content = new Div();
    private final ActNowPanel actNowPanel = new ActNowPanel();
    private final Map<String, String> organisationNames = new HashMap<>();
    private final RecommendationFiguresPanel recommendationFigures =
            new RecommendationFiguresPanel(code -> organisationNames.getOrDefault(code, code));
    private final StatusDonut donut = new StatusDonut();
    private final FlexLayout cards = new FlexLayout();
    private final ProgressChart progress = new ProgressChart();
    private final TrendChart trend = new TrendChart();
    private final Map<String, String> countryNames = new HashMap<>();
    private final DeadlineGrid overdue = new DeadlineGrid("overdue-grid", true, this::countryName);
    private final DeadlineGrid dueSoon = new DeadlineGrid("due-soon-grid", false, this::countryName);
    private final H3 overdueTitle = new H3();
    private final H3 dueSoonTitle = new H3();
    private final Paragraph overdueNone = new Paragraph();
    private final Paragraph dueSoonNone = new Paragraph();
    private final NationalMatrixTable matrix = new NationalMatrixTable(this::countryName);
    private final Paragraph matrixNone = new Paragraph();

    private final FlexLayout exportBar = new FlexLayout();
    private final Anchor exportPdf;
    private final Anchor exportExcel;
    private final Anchor exportRecommendationsCsv;
    private final Anchor exportMilestonesCsv;

    private DashboardSelection selection;
    private String requestedLocation;

    DashboardView(DashboardService dashboard, ActNowQueries actNow, ScorecardQueries scorecards,
                  DashboardExports exports, TrendService trends, ContentTranslationService translations) {
        this.translations = translations;
        this.dashboard = dashboard;
        this.trends = trends;
        this.actNow = actNow;
        this.scorecards = scorecards;
        Locale locale = getLocale(); // the file's language: the page's, read now (a download runs outside the UI)
        exportPdf = Downloads.link("export-pdf", getTranslation("export.report-pdf"), VaadinIcon.FILE_TEXT_O,
                () -> exports.complianceReport(selection, locale));
        exportExcel = Downloads.link("export-excel", getTranslation("export.workbook"), VaadinIcon.FILE_TABLE,
                () -> exports.workbook(selection, locale));
        exportRecommendationsCsv = Downloads.link("export-recommendations-csv",
                getTranslation("export.recommendations-csv"), VaadinIcon.FILE_O,
                () -> exports.recommendationsCsv(selection, locale));
        exportMilestonesCsv = Downloads.link("export-milestones-csv", getTranslation("export.milestones-csv"),
                VaadinIcon.FILE_O, () -> exports.milestonesCsv(selection, locale));
        setWidthFull();
        setMaxWidth("90em");
        noPlan.setId("no-plan");
        noPlan.setText(getTranslation("dashboard.no-plan"));
        noPlan.setVisible(false);
        today.setId("dashboard-today");
        today.getStyle().set("color", "var(--lumo-secondary-text-color)");
        notice.setId("filter-notice");
        notice.getElement().setAttribute("role", "status");
        notice.getStyle().set("background", "var(--lumo-warning-color-10pct, hsla(40, 100%, 50%, 0.2))")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("white-space", "pre-line");
        notice.setVisible(false);
        content.setWidthFull();
        content.add(recommendationFigures, section("dashboard.milestones.title", summary()),
                section("dashboard.trend.title", trend), scorecard,
                section("dashboard.progress", new StatusLegend(true), progress), deadlines(),
                section("dashboard.matrix.title", new Paragraph(getTranslation("dashboard.matrix.intro")),
                        new StatusLegend(false), matrixNone, matrix));
        matrixNone.setId("matrix-none");
        H2 title = new H2(getTranslation("dashboard.title"));
        // on a phone, who must act now comes before the filters (styles/dashboard.css): it is the plan's whole list,
        // which the filters do not narrow, and five filters would push it below the fold
        title.addClassName("dashboard-head");
        today.addClassName("dashboard-head");
        addClassName("dashboard");
        add(title, today, filters(), exportBar(), notice, noPlan, actNowPanel, content);
    }

    private Component filters() {
        planSelect.setId("filter-plan");
        planSelect.setLabel(getTranslation("dashboard.plan"));
        planSelect.setWidth("min(28em, 100%)");
        themeSelect.setId("filter-theme");
        themeSelect.setLabel(getTranslation("dashboard.filter.theme"));
        levelSelect.setId("filter-level");
        levelSelect.setLabel(getTranslation("dashboard.filter.level"));
        levelSelect.setItems(CoordinationLevel.values());
        levelSelect.setItemLabelGenerator(l -> getTranslation("level." + l.name()));
        organisationSelect.setId("filter-org");
        organisationSelect.setLabel(getTranslation("dashboard.filter.org"));
        countrySelect.setId("filter-country");
        countrySelect.setLabel(getTranslation("dashboard.filter.country"));
        countrySelect.setItemLabelGenerator(this::countryName);
        for (ComboBox<?> filter : List.of(themeSelect, levelSelect, organisationSelect, countrySelect)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder(getTranslation("dashboard.filter.all"));
            filter.setWidth("min(16em, 100%)");
        }
        planSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Map<String, String> parameters = new LinkedHashMap<>(selection.parameters());
                parameters.put(DashboardSelection.PLAN, String.valueOf(e.getValue()));
                parameters.remove(DashboardSelection.THEME); // themes belong to a plan
                go(parameters);
            }
        });
        themeSelect.addValueChangeListener(e -> changed(e.isFromClient(), DashboardSelection.THEME, e.getValue()));
        levelSelect.addValueChangeListener(e -> changed(e.isFromClient(), DashboardSelection.LEVEL,
                e.getValue() == null ? null : e.getValue().name()));
        organisationSelect.addValueChangeListener(e -> changed(e.isFromClient(), DashboardSelection.ORGANISATION,
                e.getValue()));
        countrySelect.addValueChangeListener(e -> changed(e.isFromClient(), DashboardSelection.COUNTRY, e.getValue()));
        clearFilters.setId("filters-clear");
        clearFilters.setText(getTranslation("dashboard.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> go(Map.of(DashboardSelection.PLAN,
                selection.parameters().get(DashboardSelection.PLAN))));
        FlexLayout bar = new FlexLayout(planSelect, themeSelect, levelSelect, organisationSelect, countrySelect,
                clearFilters);
        bar.setId("dashboard-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("gap", "0 var(--lumo-space-m)");
        return bar;
    }

    /** The exports of what the dashboard shows (same selection, so the same figures); see the report module. */
    private Component exportBar() {
        Span label = new Span(getTranslation("export.menu"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        exportBar.add(label, exportPdf, exportExcel, exportRecommendationsCsv, exportMilestonesCsv);
        exportBar.setId("dashboard-exports");
        exportBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        exportBar.setAlignItems(Alignment.CENTER);
        exportBar.getStyle().set("gap", "var(--lumo-space-s)");
        return exportBar;
    }

    private Component summary() {
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)").set("flex", "1 1 24em");
        cards.setId("status-cards");
        FlexLayout summary = new FlexLayout(donut, cards);
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.setAlignItems(Alignment.CENTER);
        summary.setWidthFull();
        summary.getStyle().set("gap", "var(--lumo-space-l)").set("margin-top", "var(--lumo-space-m)");
        return summary;
    }

    private Component deadlines() {
        overdueTitle.setId("overdue-title");
        dueSoonTitle.setId("due-soon-title");
        overdueNone.setId("overdue-none");
        overdueNone.setText(getTranslation("dashboard.overdue.none"));
        dueSoonNone.setId("due-soon-none");
        dueSoonNone.setText(getTranslation("dashboard.due-soon.none", DashboardService.DUE_SOON_DAYS));
        FlexLayout both = new FlexLayout(column(overdueTitle, overdueNone, overdue),
                column(dueSoonTitle, dueSoonNone, dueSoon));
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.setWidthFull();
        both.getStyle().set("gap", "var(--lumo-space-m) var(--lumo-space-xl)").set("margin-top", "var(--lumo-space-l)");
        return both;
    }

    private static Component column(Component... parts) {
        Div column = new Div(parts);
        column.getStyle().set("flex", "1 1 40em").set("min-width", "0");
        return column;
    }

    private Component section(String titleKey, Component... parts) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(parts);
        section.setWidthFull();
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }

    private void changed(boolean fromClient, String parameter, String value) {
        if (!fromClient) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>(selection.parameters());
        if (value == null) {
            parameters.remove(parameter);
        } else {
            parameters.put(parameter, value);
        }
        go(parameters);
    }

    private void go(Map<String, String> parameters) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> requested = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                requested.put(name, values.get(0));
            }
        });
        requestedLocation = event.getLocation().getPathWithQueryParameters();
        selection = dashboard.select(requested);
        showNotice();
        boolean hasPlan = selection.plan() != null;
        noPlan.setVisible(!hasPlan);
        content.setVisible(hasPlan);
        actNowPanel.setVisible(hasPlan);
        today.setVisible(hasPlan);
        exportBar.setVisible(hasPlan);
        if (!hasPlan) {
            return;
        }
        showChoices(dashboard.choices(selection.plan().getId()));
        show(dashboard.snapshot(selection));
        trend.show(trends.trend(selection.plan()));
        actNowPanel.show(actNow.forPlan(selection.plan().getId()));
        scorecard.show(scorecards.of(selection), scorecards.seesAll());
    }

    /** A link with ignored values is replaced in the address bar by the link of what is shown. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (selection == null || selection.ignored().isEmpty()) {
            return;
        }
        Location shown = new Location("dashboard", QueryParameters.simple(selection.parameters()));
        if (!shown.getPathWithQueryParameters().equals(requestedLocation)) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, shown));
        }
    }

    private void showNotice() {
        notice.setVisible(!selection.ignored().isEmpty());
        notice.setText(selection.ignored().stream()
                .map(i -> getTranslation("dashboard.filter.ignored",
                        getTranslation("dashboard.parameter." + i.parameter()), i.value()))
                .collect(Collectors.joining("\n")));
    }

    private void showChoices(FilterChoices choices) {
        Map<Long, String> planLabels = new LinkedHashMap<>();
        for (Plan plan : choices.plans()) {
            planLabels.put(plan.getId(), plan.getCode() + " · " + plan.getTitle());
        }
        planSelect.setItems(planLabels.keySet());
        planSelect.setItemLabelGenerator(id -> planLabels.getOrDefault(id, ""));
        planSelect.setValue(selection.plan().getId());
        themeSelect.setItems(choices.themes());
        themeSelect.setValue(selection.theme());
        levelSelect.setValue(selection.level());
        Map<String, String> organisationLabels = new LinkedHashMap<>();
        organisationNames.clear();
        for (Organisation organisation : choices.organisations()) {
            organisationLabels.put(organisation.getCode(), organisation.getCode() + " · " + organisation.getName());
            organisationNames.put(organisation.getCode(), organisation.getName());
        }
        organisationSelect.setItems(organisationLabels.keySet());
        organisationSelect.setItemLabelGenerator(code -> organisationLabels.getOrDefault(code, code));
        organisationSelect.setValue(selection.organisation() == null ? null : selection.organisation().getCode());
        Locale locale = getLocale();
        countryNames.clear();
        for (Country country : choices.countries()) {
            countryNames.put(country.getIso2(), country.name(locale));
        }
        List<String> countries = new java.util.ArrayList<>();
        countries.add(DashboardSelection.REGIONAL);
        countries.addAll(choices.countries().stream().map(Country::getIso2).toList());
        countrySelect.setItems(countries);
        countrySelect.setValue(selection.country());
    }

    private String countryName(String iso2) {
        if (iso2 == null || DashboardSelection.REGIONAL.equals(iso2)) {
            return getTranslation("dashboard.country.regional");
        }
        return countryNames.getOrDefault(iso2, iso2);
    }

    private void show(DashboardSnapshot figures) {
        today.setText(getTranslation("dashboard.today", Formats.date(figures.today()), figures.zone().getId()));
        donut.show(List.of(
                slice("on-track", "compliance.ON_TRACK", figures.count(ComplianceStatus.ON_TRACK), ComplianceStatus.ON_TRACK),
                slice("at-risk", "compliance.AT_RISK", figures.count(ComplianceStatus.AT_RISK), ComplianceStatus.AT_RISK),
                slice("overdue", "compliance.OVERDUE", figures.count(ComplianceStatus.OVERDUE), ComplianceStatus.OVERDUE),
                slice("completed", "dashboard.card.COMPLETED", figures.completed(), ComplianceStatus.COMPLETED_ON_TIME),
                slice("not-due-yet", "compliance.NOT_DUE_YET", figures.count(ComplianceStatus.NOT_DUE_YET),
                        ComplianceStatus.NOT_DUE_YET),
                slice("not-implemented", "compliance.NOT_IMPLEMENTED", figures.count(ComplianceStatus.NOT_IMPLEMENTED),
                        ComplianceStatus.NOT_IMPLEMENTED))
                .stream().filter(s -> s.count() > 0 || !s.key().equals("not-implemented")).toList(),
                figures.total().milestones());
        recommendationFigures.show(figures.recommendationFigures());
        // the donut's legend gives the count of each status: the cards say what it does not
        cards.removeAll();
        cards.add(card("PROGRESS", figures.total().progress() + " %", null,
                        getTranslation("dashboard.card.PROGRESS-of", figures.total().milestones())),
                card("ON_TIME", figures.total().onTimeRate() == null ? "—" : figures.total().onTimeRate() + " %",
                        ComplianceStatus.COMPLETED_ON_TIME, getTranslation("dashboard.card.ON_TIME-of",
                                figures.count(ComplianceStatus.COMPLETED_ON_TIME), figures.completed())),
                card("SLIPPED", String.valueOf(figures.total().slipped()), ComplianceStatus.COMPLETED_LATE,
                        getTranslation("dashboard.card.SLIPPED-of", figures.total().slippageDays())));
        progress.show(figures.recommendations(), translations.read(TranslatedField.TITLE.subjectType(),
                figures.recommendations().stream().map(RecommendationProgress::id).toList(), getLocale()));
        ComplianceFilter filter = selection.filter();
        // the snapshot counted the selection's overdue milestones already (same read model, same filter)
        long overdueCount = figures.count(ComplianceStatus.OVERDUE);
        overdueTitle.setText(getTranslation("dashboard.overdue.title", overdueCount));
        overdueNone.setVisible(overdueCount == 0);
        overdue.setVisible(overdueCount > 0);
        overdue.fitTo(overdueCount);
        overdue.setItems(q -> dashboard.overdue(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) overdueCount);
        long dueSoonCount = dashboard.countDueSoon(filter);
        dueSoonTitle.setText(getTranslation("dashboard.due-soon.title", DashboardService.DUE_SOON_DAYS, dueSoonCount));
        dueSoonNone.setVisible(dueSoonCount == 0);
        dueSoon.setVisible(dueSoonCount > 0);
        dueSoon.fitTo(dueSoonCount);
        dueSoon.setItems(q -> dashboard.dueSoon(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) dueSoonCount);
        NationalMatrix national = figures.matrix();
        matrix.show(national);
        matrix.setVisible(!national.isEmpty() && !national.hasNoCountries());
        matrixNone.setVisible(national.isEmpty() || national.hasNoCountries());
        matrixNone.setText(national.isEmpty() ? getTranslation("dashboard.matrix.none")
                : getTranslation("dashboard.matrix.no-countries", national.rows().stream()
                        .map(NationalMatrix.Row::code).collect(Collectors.joining(", "))));
    }

    private StatusDonut.Slice slice(String key, String labelKey, long count, ComplianceStatus colour) {
        return new StatusDonut.Slice(key, getTranslation(labelKey), count, StatusColours.strong(colour));
    }

    private Component card(String key, String value, ComplianceStatus colour, String detail) {
        return new FigureCard("card-" + key.toLowerCase(Locale.ROOT).replace('_', '-'), value,
                getTranslation("dashboard.card." + key), detail,
                colour == null ? "var(--lumo-contrast-60pct)" : StatusColours.strong(colour));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard") + " | " + getTranslation("app.title");
    }
}
