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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.notification.EmailMode;
import org.mixedmovements.tracker.notification.InboxItem;
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

        assertThat(_get(Span.class, spec -> spec.withId("inbox-unread")).getText()).isEqualTo("1 unread notification");
        List<InboxItem> rows = rows();
        assertThat(rows).hasSize(1);
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell)
                .contains("Overdue: the milestone “Route map published” of R7 Title was due on Nov 1, 2026."));
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "recommendation");
        assertThat(link.getHref()).isEqualTo("recommendations/42");

        Button read = (Button) GridKt._getCellComponent(grid, 0, "read");
        assertThat(read.getId()).contains("inbox-read-" + rows.get(0).id());
        _click(read);
        assertThat(_get(Span.class, spec -> spec.withId("inbox-unread")).getText()).isEqualTo("No unread notifications");
        assertThat(rows().get(0).unread()).isFalse();
    }

    @Test
    void aNewUserSeesAnEmptyInboxInSpanishAndChoosesTheDailyDigest() {
        fixtures.signIn("admin");
        String user = context.getBean(TestNotifications.class).newFocalPoint("es");
        fixtures.signOut();
        startSignedIn(user);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("inbox");

        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty")).getText()).startsWith("Aún no hay nada");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("inbox-email-mode"));
        assertThat(mode.getValue()).isEqualTo(EmailMode.IMMEDIATE);
        _setValue(mode, EmailMode.DAILY_DIGEST);
        assertThat(context.getBean(NotificationPreferenceService.class).mine()).isEqualTo(EmailMode.DAILY_DIGEST);
        _assertNone(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    @Test
    void onAPhoneTheTimeAndTheNewMarkGoIntoTheTextSoItHasTheWidthAndBackOnAWideWindow() {
        String user = focalPointWithOneOverdueMilestone("en");
        startSignedIn(user);
        UI.getCurrent().navigate("inbox");
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
