package org.mixedmovements.tracker.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.recommendation.RecommendationService;

/**
 * Issue 18's guard: every view, as each role that sees different ones, in Spanish, Portuguese and French, shows no
 * phrase of the English bundle, no code and no raw key. The data the test makes is neutral ("Ω…"), so whatever
 * English is found comes from the application, not from the plan's content.
 */
class NoEnglishInTheViewsTest extends UiTest {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"),
            Locale.FRENCH);
    static final List<String> ROLES = List.of("secretariat", "wg.unhcr", "agency.r4v", "admin");
    /** Attributes and properties that hold no words for people. */
    private static final Set<String> NOT_WORDS = Set.of("id", "class", "style", "href", "theme", "slot", "src",
            "router-link", "target", "name", "type", "role", "part", "router-ignore", "download", "data", "value",
            "innerHTML", "pattern", "allowedCharPattern", "autocomplete", "autocapitalize", "itemIdPath", "tabindex",
            "_webComponentId", "i18n");

    @Test
    void no_view_shows_english_codes_or_keys_in_spanish_portuguese_or_french() {
        fixtures.signIn("secretariat");
        Long recommendation = fixtures.newRecommendation("Ω1");
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("Ω2", "R4V", 20, false),
                fixtures.milestone("Ω3", "IBC-HM", 3, true));
        fixtures.signIn("secretariat");
        MeetingService meetings = context.getBean(MeetingService.class);
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        Long meeting = meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "Ω4",
                List.of(fixtures.organisation("IOM"), fixtures.organisation("OCHA")), "Ω5", List.of()));

        List<String> leaks = new ArrayList<>();
        Set<String> visited = new java.util.HashSet<>();
        for (Locale language : LANGUAGES) {
            EnglishLeaks guard = new EnglishLeaks(language);
            for (String role : ROLES) {
                List<String> routes = new ArrayList<>(RouteConfiguration.forApplicationScope().getAvailableRoutes()
                        .stream().map(RouteData::getTemplate)
                        .filter(t -> !t.contains(":") && !t.startsWith("login") && !t.contains("second-factor"))
                        .sorted().toList());
                routes.add("recommendations/" + recommendation);
                routes.add("meetings/" + meeting);
                for (String route : routes) {
                    startSignedIn(role);
                    UI.getCurrent().setLocale(language);
                    String where = role + " /" + route;
                    try {
                        UI.getCurrent().navigate(route);
                    } catch (RuntimeException | AssertionError e) { // Karibu reports a refused view as an error
                        if (!String.valueOf(e.getMessage()).contains("AccessDenied")) {
                            leaks.add(where + " failed: " + e.getClass().getSimpleName());
                        }
                        continue; // a view this role may not open
                    }
                    if (UI.getCurrent().getChildren().anyMatch(c -> c instanceof InternalServerError)) {
                        continue; // Karibu shows a view this role may not open as an error page
                    }
                    visited.add(where);
                    leaks.addAll(guard.in(visibleTexts(), where));
                }
            }
        }
        assertThat(leaks).as(String.join("\n", leaks)).isEmpty();

        // each role saw its own views, and the guard reads them: the same page in English is caught
        assertThat(visited).contains("admin /admin/operations", "admin /admin/users", "secretariat /meetings/" + meeting,
                "wg.unhcr /recommendations/" + recommendation, "agency.r4v /tasks", "secretariat /dashboard");
        startSignedIn("secretariat");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("recommendations/" + recommendation);
        List<String> english = visibleTexts();
        assertThat(english).anyMatch(text -> text.contains("Ω2"));
        assertThat(new EnglishLeaks(LANGUAGES.get(0)).in(english, "English page")).isNotEmpty();
    }

    /** Every text of the component tree a person can see or hear, plus the grids' headers and first rows. */
    static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent().getElement(), texts);
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            grid.getColumns().forEach(c -> texts.add(c.getHeaderText()));
            try {
                int rows = Math.min(GridKt._size(grid), 8);
                for (int i = 0; i < rows; i++) {
                    // Karibu describes a component cell as "Select[#id, value='CODE', …]": keep its words, not its
                    // id and value, which nobody sees
                    GridKt._getFormattedRow(grid, i).forEach(cell -> texts.add(
                            cell.replaceAll("#[^,\\]]*|value='[^']*'|dataprovider='[^']*'", "")));
                }
            } catch (RuntimeException e) {
                texts.add("grid " + grid.getId().orElse("?") + " unreadable: " + e.getMessage());
            }
        }
        for (ComboBox<?> box : LocatorJ._find(ComboBox.class)) {
            itemsOf(box, texts);
        }
        for (MultiSelectComboBox<?> box : LocatorJ._find(MultiSelectComboBox.class)) {
            try {
                box.getListDataView().getItems().limit(20)
                        .forEach(item -> texts.add(label(box.getItemLabelGenerator(), item)));
            } catch (RuntimeException lazy) {
                // a lazy list: its items come from the same services the grids show
            }
        }
        return texts;
    }

    private static <T> void itemsOf(ComboBox<T> box, List<String> texts) {
        try {
            box.getListDataView().getItems().limit(20).forEach(item -> texts.add(box.getItemLabelGenerator().apply(item)));
        } catch (RuntimeException lazy) {
            // a lazy list: its items come from the same services the grids show
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(com.vaadin.flow.component.ItemLabelGenerator generator, Object item) {
        return generator.apply(item);
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getAttributeNames().filter(n -> !NOT_WORDS.contains(n)).forEach(n -> texts.add(element.getAttribute(n)));
        element.getPropertyNames().filter(n -> !NOT_WORDS.contains(n)).forEach(n -> {
            Object value = element.getPropertyRaw(n);
            if (value instanceof String s) {
                texts.add(s); // other values are objects of the components, not words
            }
        });
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
