package org.mixedmovements.tracker.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.DateRange;
import org.mixedmovements.tracker.base.ui.Downloads;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.LinkParameters;
import org.mixedmovements.tracker.base.ui.ReaderZone;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.oversight.AuditLogExport;
import org.mixedmovements.tracker.oversight.AuditLogQueries;
import org.mixedmovements.tracker.oversight.AuditRow;
import org.mixedmovements.tracker.oversight.AuditSelection;
import org.mixedmovements.tracker.oversight.AuditSelections;
import org.mixedmovements.tracker.oversight.AuditWords;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;

/**
 * The audit log in words: every entry for the secretariat and administrators, the entries of their own organisation's
 * people for a member or a focal point; filtered by who, what, organisation, recommendation and period, the filters in
 * the link (so a view can be shared), read page by page as the user scrolls, and exported as it is filtered.
 */
@Route("audit")
@Menu(order = 85, title = "menu.audit", icon = "CLIPBOARD_TEXT")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.WG_MEMBER_NAME, Role.AGENCY_NAME})
class AuditLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditLogQueries reading;
    private final AuditWords words;
    private final ZoneId zone = ReaderZone.current();

    private final TextField who = new TextField();
    private final ComboBox<String> what = new ComboBox<>();
    private final ComboBox<Long> organisation = new ComboBox<>();
    private final ComboBox<Long> recommendation = new ComboBox<>();
    private final DatePicker from = DateRange.limit(new DatePicker());
    private final DatePicker to = DateRange.limit(new DatePicker());
    private final Div notice = new Div();
    private final Span count = new Span();
    private final Paragraph none = new Paragraph();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Anchor export;

    private AuditSelection selection = AuditSelection.EVERYTHING;

    AuditLogView(AuditLogQueries reading, AuditLogExport exports) {
        this.reading = reading;
        Locale locale = getLocale(); // the file's language: the page's, read now (a download runs outside the UI)
        this.words = new AuditWords(locale);
        AuditLogQueries.Choices choices = reading.choices();
        export = Downloads.link("export-audit-csv", getTranslation("audit-view.export-csv"), VaadinIcon.FILE_O,
                () -> exports.csv(selection, zone, locale));
        setWidthFull();
        setMaxWidth("100em");
        Paragraph intro = new Paragraph(choices.ownOrganisationOnly()
                ? getTranslation("audit-view.intro.own", choices.organisations().get(0).getCode())
                : getTranslation("audit-view.intro"));
        intro.setId("audit-intro");
        notice.setId("audit-filter-notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("filter-notice");
        notice.getStyle().set("white-space", "pre-line");
        notice.setVisible(false);
        none.setId("audit-none");
        none.setText(getTranslation("audit-view.none"));
        count.setId("audit-count");
        FlexLayout bar = new FlexLayout(count, export);
        bar.setAlignItems(Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("menu.audit")), intro, filters(choices), notice, bar, none, grid());
    }

    private Component filters(AuditLogQueries.Choices choices) {
        who.setId("audit-who");
        who.setLabel(getTranslation("audit-view.who"));
        who.setClearButtonVisible(true);
        who.setMaxLength(60);
        who.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        who.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.WHO,
                e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip()));
        what.setId("audit-what");
        what.setLabel(getTranslation("audit-view.what"));
        what.setItems(choices.actions());
        what.setItemLabelGenerator(words::action);
        what.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.WHAT, e.getValue()));
        Map<Long, String> organisations = choices.organisations().stream()
                .collect(Collectors.toMap(Organisation::getId, o -> o.getCode() + " · " + o.getName(),
                        (a, b) -> a, LinkedHashMap::new));
        organisation.setId("audit-organisation");
        organisation.setLabel(getTranslation("audit-view.organisation"));
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(id -> organisations.getOrDefault(id, ""));
        organisation.setVisible(!choices.ownOrganisationOnly());
        organisation.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.ORGANISATION,
                e.getValue() == null ? null : e.getValue().toString()));
        Map<Long, String> recommendations = choices.recommendations().stream()
                .collect(Collectors.toMap(RecommendationSummary::id, r -> r.code() + " · " + r.title(),
                        (a, b) -> a, LinkedHashMap::new));
        recommendation.setId("audit-recommendation");
        recommendation.setLabel(getTranslation("audit-view.recommendation"));
        recommendation.setItems(recommendations.keySet());
        recommendation.setItemLabelGenerator(id -> recommendations.getOrDefault(id, ""));
        recommendation.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.RECOMMENDATION,
                e.getValue() == null ? null : e.getValue().toString()));
        for (ComboBox<?> filter : List.of(what, organisation, recommendation)) {
            filter.setClearButtonVisible(true);
            filter.setWidth("min(18em, 100%)");
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit-view.from"));
        from.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.FROM, date(e.getValue())));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit-view.to"));
        to.addValueChangeListener(e -> changed(e.isFromClient(), AuditSelections.TO, date(e.getValue())));
        Button clear = new Button(getTranslation("audit-view.clear"), e -> go(Map.of()));
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = new FlexLayout(who, what, organisation, recommendation, from, to, clear);
        bar.setId("audit-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("gap", "0 var(--lumo-space-m)");
        return bar;
    }

    private Grid<AuditRow> grid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("36em");
        grid.addColumn(row -> Formats.dateTime(row.occurredAt(), zone))
                .setHeader(getTranslation("history.when", Formats.zoneName())).setWidth("11rem").setFlexGrow(0)
                .setKey("when");
        grid.addColumn(words::who).setHeader(getTranslation("history.who")).setWidth("11rem").setFlexGrow(0)
                .setKey("who");
        grid.addColumn(row -> words.action(row.action())).setHeader(getTranslation("history.what"))
                .setWidth("12rem").setFlexGrow(0).setKey("what");
        grid.addColumn(row -> row.recommendationCode() == null ? "" : row.recommendationCode())
                .setHeader(getTranslation("audit-view.about")).setWidth("7rem").setFlexGrow(0).setKey("about");
        grid.addComponentColumn(this::details).setHeader(getTranslation("history.details")).setFlexGrow(1)
                .setKey("details");
        return grid;
    }

    /**
     * What the entry says in the reader's language, then the state at the time in words, one sentence a line; a settled decision's state
     * alone, since it says the same in the reader's language (the CSV file keeps both).
     */
    private Component details(AuditRow row) {
        Div details = new Div();
        if (!words.stateReplacesSummary(row)) {
            details.add(new Span(words.details(row)));
        }
        details.getStyle().set("overflow-wrap", "anywhere");
        List<String> state = words.state(row);
        if (!state.isEmpty()) {
            Div lines = new Div();
            lines.addClassName("audit-state");
            lines.getElement().setAttribute("aria-label", getTranslation("audit-view.state"));
            lines.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            lines.setText(String.join("\n", state));
            details.add(lines);
        }
        return details;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void changed(boolean fromClient, String parameter, String value) {
        if (fromClient) {
            go(LinkParameters.with(selection.parameters(), parameter, value));
        }
    }

    private void go(Map<String, String> parameters) {
        getUI().ifPresent(ui -> ui.navigate(AuditLogView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditSelections.Parsed parsed = AuditSelections.parse(LinkParameters.of(event.getLocation()));
        selection = parsed.selection();
        notice.setVisible(!parsed.ignored().isEmpty());
        notice.setText(parsed.ignored().stream()
                .map(i -> getTranslation("audit-view.ignored", getTranslation("audit-view.parameter." + i.parameter()),
                        i.value()))
                .collect(Collectors.joining("\n")));
        who.setValue(selection.who() == null ? "" : selection.who());
        what.setValue(selection.what());
        organisation.setValue(selection.organisationId());
        recommendation.setValue(selection.recommendationId());
        from.setValue(selection.from());
        to.setValue(selection.to());
        long total = reading.count(selection, zone);
        count.setText(getTranslation("audit-view.count", total));
        none.setVisible(total == 0);
        grid.setVisible(total > 0);
        AuditSelection shown = selection;
        grid.setItems(query -> reading.entries(shown, zone, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, reading.count(shown, zone)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " | " + getTranslation("app.title");
    }
}
