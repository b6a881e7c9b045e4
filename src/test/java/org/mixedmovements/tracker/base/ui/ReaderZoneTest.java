package org.mixedmovements.tracker.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.notification.NotificationPreferenceService;
import org.mixedmovements.tracker.recommendation.HistoryLine;

/** Every time a view shows is in the reader's own time zone, the one their digest follows, and says which. */
class ReaderZoneTest extends UiTest {

    @AfterEach
    void backToTheDefaultZone() {
        fixtures.signIn("wg.ifrc");
        context.getBean(NotificationPreferenceService.class).setMyTimeZone(ZoneId.of("America/Panama"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberInKolkataReadsTheHistoryAndTheirTokensInKolkataTimeAndTheHeaderSaysSo() {
        // the moment is the test's own: the suite's clock runs on from 15:00 UTC and a long run passes 15:29
        TestClock.set(Instant.parse("2026-06-17T15:10:00Z"));
        Long id = fixtures.newRecommendation("Read in another zone");
        fixtures.adopt(id, "R4V");
        signIn("wg.ifrc");
        context.getBean(NotificationPreferenceService.class).setMyTimeZone(ZoneId.of("Asia/Kolkata"));

        UI.getCurrent().navigate("recommendations/" + id);
        Grid<HistoryLine> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        HistoryLine newest = GridKt._get(history, 0);
        // 17 June 2026, 15:10 UTC, which is 20:40 in Kolkata and 10:10 in Panama
        assertThat(newest.occurredAt()).isBetween(Instant.parse("2026-06-17T15:00:00Z"),
                Instant.parse("2026-06-17T15:29:00Z"));
        assertThat(GridKt._getFormatted(history, 0, "when"))
                .isEqualTo(Formats.dateTime(newest.occurredAt(), ZoneId.of("Asia/Kolkata")))
                .startsWith("Jun 17, 2026, 8:");
        assertThat(history.getColumnByKey("when").getHeaderText()).isEqualTo("When (Kolkata)");

        UI.getCurrent().navigate("tokens");
        assertThat(_get(Paragraph.class, spec -> spec.withId("times-zone")).getText())
                .startsWith("Times are in your time zone (Kolkata)");
    }
}
