package org.mixedmovements.tracker.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.oversight.ui.FailingProcess;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.EngineTimeTravel;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18's guard: every view, as each role that sees different ones, in Spanish, Portuguese and French, shows no
 * phrase of the English bundle, no code and no raw key. The data the test makes is neutral ("Ω…"), so whatever
 * English is found comes from the application, not from the plan's content. The forms that change nothing until
 * saved are opened too: each task's dialog, the new user, organisation and country, the meeting's record and schedule;
 * each is then sent emptied (its errors, and the toast of what its main button does: a vote is cast), and a mail choice
 * is saved in the Inbox (its toast). Every row of every grid is read, component cells included. The data is seen six
 * weeks on, as the job executor leaves it: milestones overdue, reminded and escalated to the secretariat and the chair,
 * a vote closed without its quorum, a progress report due, and a step that failed after its last retry.
 *
 * <p>On a database of its own: the shared test application holds every other test's data, typed in English ("On the
 * agenda through the page" is a recommendation's title there), and lists such as My tasks or the audit log would show
 * it, so the result would depend on which tests ran first.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:tracker-words;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=words"})
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
                fixtures.milestone("Ω3", "IBC-HM", 3, true), fixtures.milestone("Ω9", "R4V", 90, false));
        // a response put to the vote that nobody casts
        Long expiring = fixtures.newRecommendation("Ω8");
        fixtures.signIn("secretariat");
        RecommendationService recommendations = context.getBean(RecommendationService.class);
        recommendations.putOnAgenda(expiring);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", expiring, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.ACCEPTED,
                null, "2026-H2");

        // six weeks later, as the job executor leaves them: Ω2 and Ω3 overdue, reminded and escalated to the
        // secretariat (Ω3 to the chair too), Ω9 still ahead, the vote on Ω8 closed without its quorum, the quarter's
        // progress report due
        TestClock.set(TestClock.now().plus(Duration.ofDays(45)));
        context.getBean(EngineTimeTravel.class).runDueJobs();
        context.getBean(ComplianceReadModel.class).reevaluate();
        // and a step of Ω1's that failed after its last retry (the operations view's incident)
        FailingProcess.Started failed = FailingProcess.start(context, recommendation);

        fixtures.signIn("secretariat");
        MeetingService meetings = context.getBean(MeetingService.class);
        Long planId = recommendations.summary(recommendation).planId();
        Long meeting = meetings.record(new MeetingRecord(planId, fixtures.todayInPanama(), "Ω4",
                List.of(fixtures.organisation("IOM"), fixtures.organisation("OCHA")), "Ω5", List.of()));

        // a response to propose (the secretariat's response dialog)
        Long toPropose = fixtures.newRecommendation("Ω7");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(toPropose);

        List<String> leaks = new ArrayList<>();
        Set<String> visited = new java.util.HashSet<>();
        Set<String> seenInSpanish = new java.util.HashSet<>();
        for (Locale language : LANGUAGES) {
            EnglishLeaks guard = new EnglishLeaks(language);
            // a response under vote in each language (the members' vote dialog, whose main button casts the vote)
            Long underVote = fixtures.newRecommendation("Ω6");
            fixtures.signIn("secretariat");
            recommendations.putOnAgenda(underVote);
            context.getBean(MyTaskService.class).proposeResponse(
                    fixtures.taskOf("secretariat", underVote, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.ACCEPTED,
                    null, "2026-H1");
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
                    leaks.addAll(guard.in(read(language, seenInSpanish), where));
                    for (Button opener : dialogOpeners()) {
                        String dialog = where + " " + opener.getId().orElse(opener.getClassName());
                        try {
                            LocatorJ._click(opener);
                        } catch (RuntimeException | AssertionError notClickable) {
                            continue;
                        }
                        visited.add(dialog);
                        leaks.addAll(guard.in(read(language, seenInSpanish), dialog));
                        // sent empty: what the form says of each missing field, above its buttons and in a toast
                        if (sentEmpty()) {
                            visited.add(dialog + " sent empty");
                            leaks.addAll(guard.in(read(language, seenInSpanish), dialog + " sent empty"));
                        }
                        LocatorJ._find(Dialog.class).forEach(Dialog::close);
                    }
                    if (route.equals("inbox") && saveAMailChoice()) { // a save that succeeds, and its toast
                        visited.add(where + " saved");
                        leaks.addAll(guard.in(read(language, seenInSpanish), where + " saved"));
                    }
                }
            }
        }
        FailingProcess.remove(context, failed);
        assertThat(leaks).as(String.join("\n", leaks)).isEmpty();

        // the guard read the toasts, the errors of a form sent empty, an escalation and a failed step
        startSignedIn("secretariat");
        UI.getCurrent().setLocale(LANGUAGES.get(0));
        for (String shown : List.of(UI.getCurrent().getTranslation("inbox.preferences.saved"),
                UI.getCurrent().getTranslation("decision.voted", "Ω").replaceAll(" Ω.*", ""),
                UI.getCurrent().getTranslation("validation.required"),
                UI.getCurrent().getTranslation("audit.DEADLINE_ESCALATED_TO_CHAIR"),
                UI.getCurrent().getTranslation("operations.incident.retry"))) {
            assertThat(seenInSpanish).as("read: " + shown).anyMatch(text -> text != null && text.contains(shown));
        }

        // each role saw its own views, and the guard reads them: the same page in English is caught
        assertThat(visited).contains("admin /admin/users new-user", "secretariat /meetings schedule-meeting",
                "admin /admin/operations", "admin /admin/users", "admin /admin/users new-user sent empty",
                "secretariat /inbox saved", "secretariat /meetings/" + meeting,
                "wg.unhcr /recommendations/" + recommendation, "agency.r4v /tasks", "secretariat /dashboard");
        assertThat(visited).anyMatch(v -> v.startsWith("wg.unhcr /") && v.contains(" open-"))
                .anyMatch(v -> v.startsWith("agency.r4v /tasks open-"));
        startSignedIn("secretariat");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("recommendations/" + recommendation);
        List<String> english = visibleTexts();
        assertThat(english).anyMatch(text -> text.contains("Ω2"));
        assertThat(new EnglishLeaks(LANGUAGES.get(0)).in(english, "English page")).isNotEmpty();
    }

    /** What the page shows now ({@link #visibleTexts}), kept too when it is in Spanish. */
    private static List<String> read(Locale language, Set<String> seenInSpanish) {
        List<String> texts = visibleTexts();
        if (language.equals(LANGUAGES.get(0))) {
            seenInSpanish.addAll(texts);
        }
        return texts;
    }

    /** The buttons that open a form without changing anything: a task's dialog, a new item's, a meeting's. */
    private static List<Button> dialogOpeners() {
        List<Button> openers = new ArrayList<>(LocatorJ._find(Button.class).stream()
                .filter(b -> b.getId().filter(DIALOG_BUTTONS::contains).isPresent()).toList());
        for (Component row : virtualListRows()) { // the task cards
            openers.addAll(LocatorJ._find(row, Button.class, spec -> spec.withClasses("open-task")));
        }
        return openers.stream().limit(12).toList();
    }

    private static final Set<String> DIALOG_BUTTONS = Set.of("new-user", "new-organisation", "new-country",
            "record-meeting", "schedule-meeting");

    /**
     * Every text of the component tree a person can see or hear, plus the grids' headers and rows and the toasts opened
     * since the last look.
     */
    static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent().getElement(), texts);
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            grid.getColumns().forEach(c -> texts.add(c.getHeaderText()));
            try {
                rowsOf(grid, texts);
            } catch (RuntimeException e) {
                texts.add("grid " + grid.getId().orElse("?") + " unreadable: " + e.getMessage());
            }
        }
        // the toasts opened since the last look (after an action): read once
        NotificationsKt.getNotifications().forEach(n -> collect(n.getElement(), texts));
        NotificationsKt.clearNotifications();
        virtualListRows().forEach(row -> collect(row.getElement(), texts));
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

    /**
     * Every row of the grid, each cell as the grid draws it: a text, or a component (a button, a badge, a select) read
     * as the component tree is, so a code in the 200th row or in a cell's button is found too.
     */
    private static <T> void rowsOf(Grid<T> grid, List<String> texts) {
        int size = GridKt._size(grid);
        List<T> items = size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
        for (T item : items) {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column.getRenderer() instanceof ComponentRenderer<?, T> components) {
                    collect(components.createComponent(item).getElement(), texts);
                } else {
                    // Karibu describes a component in a template as "Select[#id, value='CODE', …]": keep its words, not
                    // its id and value, which nobody sees
                    texts.add(GridKt._getFormatted(column, item)
                            .replaceAll("#[^,\\]]*|value='[^']*'|dataprovider='[^']*'", ""));
                }
            }
        }
    }

    /**
     * Empties the open dialog's fields and presses its main button, as a person who sends the form untouched; false
     * when the dialog has no such button to press.
     */
    private static boolean sentEmpty() {
        List<Dialog> open = LocatorJ._find(Dialog.class).stream().filter(Dialog::isOpened).toList();
        if (open.isEmpty()) {
            return false;
        }
        Dialog dialog = open.get(open.size() - 1);
        for (Component field : LocatorJ._find(dialog, Component.class)) {
            if (field instanceof HasValue<?, ?> value && !value.isReadOnly() && !(field instanceof Grid<?>)) {
                try {
                    value.clear();
                } catch (RuntimeException cannotBeEmpty) {
                    // a field that always holds a value
                }
            }
        }
        Button send = LocatorJ._find(dialog, Button.class).stream()
                .filter(b -> b.getThemeNames().contains("primary") && b.isEnabled() && b.isVisible())
                .reduce((first, second) -> second).orElse(null);
        if (send == null) {
            return false;
        }
        try {
            LocatorJ._click(send);
            return true;
        } catch (RuntimeException | AssertionError notClickable) {
            return false;
        }
    }

    /** Chooses another channel for the first kind of notice in the Inbox's choices (saved at once, with a toast). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean saveAMailChoice() {
        for (Grid<?> grid : LocatorJ._find(Grid.class, spec -> spec.withId("inbox-email-modes"))) {
            Object kind = GridKt._get(grid, 0);
            Grid.Column mode = grid.getColumnByKey("mode");
            if (mode.getRenderer() instanceof ComponentRenderer renderer
                    && renderer.createComponent(kind) instanceof Select select) {
                Object other = select.getListDataView().getItems().filter(m -> !m.equals(select.getValue()))
                        .findFirst().orElseThrow();
                UI.getCurrent().add(select); // a cell's select acts as on the page
                LocatorJ._setValue(select, other);
                return true;
            }
        }
        return false;
    }

    /** A virtual list's first rows as its renderer draws them (they are not in the component tree). */
    private static List<Component> virtualListRows() {
        List<Component> rows = new ArrayList<>();
        for (VirtualList<?> list : LocatorJ._find(VirtualList.class)) {
            int size = Math.min(VirtualListsKt._size(list), 8);
            for (int i = 0; i < size; i++) {
                rows.add(VirtualListsKt._getRowComponent(list, i));
            }
        }
        return rows;
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
