package org.mixedmovements.tracker.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.notification.EmailMode;
import org.mixedmovements.tracker.notification.InboxItem;
import org.mixedmovements.tracker.notification.NotificationKind;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;
import org.mixedmovements.tracker.notification.TestNotifications;

class InboxViewTest extends UiTest {

    String focalPointWithOneOverdueMilestone(String language) {
        fixtures.signIn("admin");
        TestNotifications notifications = context.getBean(TestNotifications.class);
        String user = notifications.newFocalPoint(language);
        notifications.overdue(user, 42L, "R7", "Route map published", java.time.LocalDate.of(2026, 11, 1));
        fixtures.signOut();
        return user;
    }

    @SuppressWarnings("unchecked")
    List<InboxItem> rows() {
        return GridKt._fetch(_get(Grid.class, spec -> spec.withId("inbox-grid")), 0, 50);
    }

    @Test
    void aFocalPointSeesTheOverdueMilestoneInTheInboxOpensItsRecommendationAndMarksItRead() {
        String user = focalPointWithOneOverdueMilestone("en");
        startSignedIn(user);
        UI.getCurrent().navigate("inbox");
        showForInformation();

        assertThat(_get(Span.class, spec -> spec.withId("inbox-unread")).getText()).isEqualTo("1 unread notification");
        List<InboxItem> rows = rows();
        assertThat(rows).hasSize(1);
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell)
                .contains("Overdue: the milestone “Route map published” of R7 Title was due on Nov 1, 2026."));
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "link");
        assertThat(link.getHref()).isEqualTo("recommendations/42");
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("1 unread notification");
        assertThat(_get(Span.class, spec -> spec.withId("unread-notifications-count")).getText()).isEqualTo("1");

        Button read = (Button) GridKt._getCellComponent(grid, 0, "read");
        assertThat(read.getId()).contains("inbox-read-" + rows.get(0).id());
        _click(read);
        assertThat(_get(Span.class, spec -> spec.withId("inbox-unread")).getText()).isEqualTo("No unread notifications");
        assertThat(rows().get(0).unread()).isFalse();
        assertThat(header().getElement().getAttribute("aria-label")).as("the header counts again")
                .isEqualTo("No unread notifications");
        _assertNone(Span.class, spec -> spec.withId("unread-notifications-count"));
    }

    /** An overdue milestone is for information: its owner has the milestone's work, not this notice. */
    void showForInformation() {
        _get(Tabs.class, spec -> spec.withId("inbox-sections"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("inbox-tab-information")));
    }

    RouterLink header() {
        return _get(RouterLink.class, spec -> spec.withId("unread-notifications"));
    }

    @Test
    void theHeaderCountsTheUnreadNotificationsOnEveryViewAndLeadsToTheInbox() {
        String user = focalPointWithOneOverdueMilestone("es");
        startSignedIn(user);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("tasks");

        assertThat(header().getHref()).isEqualTo("inbox");
        assertThat(header().getElement().getAttribute("aria-label")).isEqualTo("1 notificación sin leer");
        fixtures.signIn("admin");
        context.getBean(TestNotifications.class).overdue(user, 43L, "R8", "Second step", java.time.LocalDate.of(2026, 11, 2));
        signIn(user);
        UI.getCurrent().navigate("recommendations");
        assertThat(header().getElement().getAttribute("aria-label")).as("counted again after navigating")
                .isEqualTo("2 notificaciones sin leer");
    }

    @Test
    void aNotificationOfWorkIsUnderToDoAndTheOtherTabHoldsTheRest() {
        String user = focalPointWithOneOverdueMilestone("en");
        fixtures.signIn("admin");
        context.getBean(TestNotifications.class).milestoneGiven(user, 42L, 7L);
        fixtures.signOut();
        startSignedIn(user);
        UI.getCurrent().navigate("inbox");

        Tabs sections = _get(Tabs.class, spec -> spec.withId("inbox-sections"));
        assertThat(sections.getSelectedTab().getId()).hasValue("inbox-tab-to-do");
        assertThat(sections.getSelectedTab().getLabel()).isEqualTo("To do (1)");
        assertThat(rows()).extracting(InboxItem::kind).containsExactly(NotificationKind.MILESTONE_GIVEN);

        showForInformation();
        assertThat(rows()).extracting(InboxItem::kind).containsExactly(NotificationKind.OVERDUE);
    }

    @Test
    void aNewUserSeesAnEmptyInboxInSpanishAndChoosesPerKindAndTheirTimeZone() {
        fixtures.signIn("admin");
        String user = context.getBean(TestNotifications.class).newFocalPoint("es");
        fixtures.signOut();
        startSignedIn(user);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("inbox");

        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty")).getText()).startsWith("Nada por hacer");
        _assertNone(Grid.class, spec -> spec.withId("inbox-grid"));
        @SuppressWarnings("unchecked")
        Grid<NotificationKind> kinds = _get(Grid.class, spec -> spec.withId("inbox-email-modes"));
        assertThat(GridKt._size(kinds)).isEqualTo(NotificationKind.values().length);
        assertThat(GridKt._getFormattedRow(kinds, 0)).contains("Una tarea que se le asigna", "Trabajo para usted");
        @SuppressWarnings("unchecked")
        Select<EmailMode> vote = (Select<EmailMode>) GridKt._getCellComponent(kinds,
                NotificationKind.VOTE_OPENED.ordinal(), "mode");
        assertThat(vote.getId()).hasValue("inbox-email-mode-VOTE_OPENED");
        assertThat(vote.getValue()).isEqualTo(EmailMode.IMMEDIATE);
        _setValue(vote, EmailMode.NONE);
        NotificationPreferenceService preferences = context.getBean(NotificationPreferenceService.class);
        assertThat(preferences.mine()).containsEntry(NotificationKind.VOTE_OPENED, EmailMode.NONE)
                .containsEntry(NotificationKind.OVERDUE, EmailMode.DAILY_DIGEST);

        @SuppressWarnings("unchecked")
        ComboBox<ZoneId> zone = _get(ComboBox.class, spec -> spec.withId("inbox-time-zone"));
        assertThat(zone.getValue()).isEqualTo(ZoneId.of("America/Panama"));
        _setValue(zone, ZoneId.of("America/Bogota"));
        assertThat(preferences.myTimeZone()).isEqualTo(ZoneId.of("America/Bogota"));
    }

    @Test
    void onAPhoneTheTimeAndTheNewMarkGoIntoTheTextSoItHasTheWidthAndBackOnAWideWindow() {
        String user = focalPointWithOneOverdueMilestone("en");
        startSignedIn(user);
        UI.getCurrent().navigate("inbox");
        showForInformation();
        InboxView view = _get(InboxView.class);
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));

        view.fit(390);
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("New · ").contains(" · Overdue: the milestone “Route map published”"));

        view.fit(1280);
        assertThat(grid.getColumns()).allMatch(Grid.Column::isVisible);
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("Overdue: the milestone"));
    }
}
