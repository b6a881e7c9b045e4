package org.mixedmovements.tracker.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/** The SVG drawn on the server carries text only as escaped text: nothing a plan or a user wrote becomes markup. */
class SvgTest {

    static final String HOSTILE = "R1\"><script>alert('x')</script>&";

    @Test
    void everyMarkupCharacterIsWrittenAsAnEntity() {
        assertThat(Svg.escape(HOSTILE)).isEqualTo("R1&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
        assertThat(Svg.escape(null)).isEmpty();
    }

    @Test
    void aProgressBarKeepsItsLabelAsTextAndIsFilledToItsProgressInItsStatusColour() {
        String svg = ProgressChart.svg(45, ComplianceStatus.OVERDUE, HOSTILE);
        assertThat(svg).doesNotContain("<script").contains("aria-label=\"R1&quot;&gt;&lt;script&gt;")
                .contains("<rect width=\"45\"", "var(--lumo-error-color)");
        assertThat(ProgressChart.svg(130, null, "x")).contains("<rect width=\"100\" height=\"10\" style=\"fill:var(--lumo-contrast-20pct)");
    }

    @Test
    void theRingHasOneArcPerStatusWithMilestonesSharingTheCircleAndATextAlternative() {
        String svg = StatusDonut.svg(List.of(new StatusDonut.Slice("on-track", "On track", 3, "green"),
                new StatusDonut.Slice("overdue", HOSTILE, 1, "red"),
                new StatusDonut.Slice("at-risk", "At risk", 0, "amber")), 4, "Title <b>", "3 on track, 1 late", "ms");
        assertThat(svg).doesNotContain("<script", "<b>").contains("<title id=\"status-chart-title\">Title &lt;b&gt;</title>")
                .contains("<desc id=\"status-chart-desc\">3 on track, 1 late</desc>")
                .contains("stroke-dasharray=\"75.000 25.000\" stroke-dashoffset=\"25.000\"")
                .contains("stroke-dasharray=\"25.000 75.000\" stroke-dashoffset=\"-50.000\"")
                .doesNotContain("amber");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 3); // the track and two arcs
    }
}
