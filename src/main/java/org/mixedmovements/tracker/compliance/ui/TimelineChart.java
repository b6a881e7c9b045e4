package org.mixedmovements.tracker.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.compliance.Timeline;
import org.mixedmovements.tracker.compliance.TimelineMilestone;
import org.mixedmovements.tracker.compliance.TimelineRow;
import org.mixedmovements.tracker.compliance.TimelineWindow;
import org.mixedmovements.tracker.compliance.TimelineZoom;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The Gantt chart of a timeline page: a column of links (recommendations and their milestones) beside an SVG drawn
 * on the server, which scrolls sideways on narrow screens. Rows of the column and of the drawing have the same fixed
 * heights, so they line up. Dates, statuses and positions all come from the {@link Timeline}; this class only places
 * them.
 */
class TimelineChart extends Div {

    static final int HEADER = 44;
    static final int RECOMMENDATION_ROW = 30;
    static final int MILESTONE_ROW = 26;
    static final int FOOTER = 22;
    private static final int MIN_LABEL_SPACING = 56;
    private static final double TEXT_WIDTH = 6.2;

    private final Div labels = new Div();
    private final Div drawing = new Div();
    private final Div scroller;

    TimelineChart() {
        setId("timeline-chart");
        setWidthFull();
        getStyle().set("display", "flex").set("align-items", "flex-start")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        labels.setId("timeline-labels");
        labels.getStyle().set("flex", "0 0 clamp(8em, 40%, 28em)").set("min-width", "0")
                .set("border-right", "1px solid var(--lumo-contrast-10pct)");
        drawing.setId("timeline-svg");
        scroller = new Div(drawing);
        scroller.setId("timeline-scroller");
        scroller.getStyle().set("flex", "1 1 auto").set("min-width", "0").set("overflow-x", "auto");
        add(labels, scroller);
    }

    /** Pixels per day: a quarter or a year fills a desktop screen; everything fits in about 1,100 pixels. */
    static double scale(TimelineWindow window) {
        return switch (window.zoom()) {
            case QUARTER -> 10;
            case YEAR -> 3;
            case ALL -> Math.max(0.5, Math.min(10, 1100.0 / window.days()));
        };
    }

    void show(Timeline timeline) {
        labels.removeAll();
        Div corner = row(HEADER);
        corner.addClassName("timeline-owner-header");
        corner.add(new Span(getTranslation("timeline.owner")));
        labels.add(corner);
        double scale = scale(timeline.window());
        TimelineWindow window = timeline.window();
        double width = Math.ceil(window.days() * scale);
        int height = HEADER + timeline.rows().stream()
                .mapToInt(r -> RECOMMENDATION_ROW + r.milestones().size() * MILESTONE_ROW).sum() + FOOTER;
        // a group, not an image: its bars are links, each named by its title (name, dates, status in words)
        Svg svg = new Svg().open("svg", "width", (int) width, "height", height, "role", "group",
                "aria-label", getTranslation("timeline.chart", timeline.planTitle(), period(timeline)),
                "style", "display: block; font-family: var(--lumo-font-family); font-size: 11px");
        Geometry at = new Geometry(window, scale, width);
        months(svg, at, height);
        Map<Long, TimelineMilestone> shown = new HashMap<>();
        timeline.rows().forEach(r -> r.milestones().forEach(m -> shown.put(m.milestoneId(), m)));
        Map<Long, List<TimelineMilestone>> waitsFor = new HashMap<>();
        timeline.links().forEach(l -> waitsFor.computeIfAbsent(l.successorId(), k -> new ArrayList<>())
                .add(shown.get(l.predecessorId())));
        Map<Long, TimelineArrows.Placed> placed = new HashMap<>();
        int y = HEADER;
        for (TimelineRow row : timeline.rows()) {
            labels.add(recommendationLink(row));
            recommendation(svg, at, row, y);
            y += RECOMMENDATION_ROW;
            for (TimelineMilestone m : row.milestones()) {
                labels.add(milestoneLabel(m));
                milestone(svg, at, m, y, waitsFor.getOrDefault(m.milestoneId(), List.of()));
                placed.put(m.milestoneId(), new TimelineArrows.Placed(m, y));
                y += MILESTONE_ROW;
            }
        }
        TimelineArrows.draw(svg, timeline.links(), placed, day -> at.clamp(at.start(day)),
                day -> at.clamp(at.end(day)));
        if (timeline.showsToday()) {
            double x = at.middle(timeline.today());
            svg.leaf("line", "id", "timeline-today", "data-date", timeline.today(), "x1", x, "x2", x, "y1", HEADER - 6,
                    "y2", height - FOOTER + 4, "style", "stroke: var(--lumo-error-color); stroke-width: 2");
            svg.element("text", getTranslation("timeline.today"), "x", x, "y", height - 6,
                    "text-anchor", x < 40 ? "start" : x > width - 40 ? "end" : "middle",
                    "style", "fill: var(--lumo-error-text-color); font-weight: 600");
        }
        svg.close("svg");
        drawing.getElement().setProperty("innerHTML", svg.toString());
        scrollTo(timeline, at);
    }

    /** On a narrow screen, opens the chart at today, or else at the first bar, rather than at the window's start. */
    private void scrollTo(Timeline timeline, Geometry at) {
        double x = timeline.showsToday() ? at.middle(timeline.today())
                : timeline.rows().stream().mapToDouble(r -> at.clamp(at.start(r.start()))).min().orElse(0);
        scroller.getElement().executeJs("this.scrollLeft = Math.max(0, $0 - this.clientWidth / 3)", x);
    }

    /** Where days fall in the drawing. */
    private record Geometry(TimelineWindow window, double scale, double width) {

        double start(LocalDate day) {
            return window.offset(day) * scale;
        }

        double end(LocalDate day) {
            return (window.offset(day) + 1) * scale;
        }

        double middle(LocalDate day) {
            return (window.offset(day) + 0.5) * scale;
        }

        double clamp(double x) {
            return Math.max(0, Math.min(width, x));
        }
    }

    private void months(Svg svg, Geometry at, int height) {
        Locale locale = getLocale();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL", locale);
        List<LocalDate> months = at.window().months();
        int step = (int) Math.max(1, Math.ceil(MIN_LABEL_SPACING / (30.4 * at.scale())));
        svg.open("g", "class", "timeline-months");
        for (int i = 0; i < months.size(); i++) {
            LocalDate first = months.get(i);
            double x = at.start(first);
            svg.leaf("line", "x1", x, "x2", x, "y1", i % step == 0 ? 4 : HEADER - 8, "y2", height - FOOTER,
                    "style", "stroke: var(--lumo-contrast-10pct)");
            if (i % step == 0) {
                svg.element("text", month.format(first), "class", "timeline-month", "data-month", first, "x", x + 4,
                        "y", 18, "style", "fill: var(--lumo-body-text-color)");
                if (i == 0 || first.getMonthValue() <= step) {
                    svg.element("text", String.valueOf(first.getYear()), "x", x + 4, "y", 34,
                            "style", "fill: var(--lumo-secondary-text-color)");
                }
            }
        }
        svg.leaf("line", "x1", 0, "x2", at.width(), "y1", HEADER, "y2", HEADER,
                "style", "stroke: var(--lumo-contrast-20pct)");
        svg.close("g");
    }

    private void recommendation(Svg svg, Geometry at, TimelineRow row, int y) {
        svg.leaf("rect", "x", 0, "y", y, "width", at.width(), "height", RECOMMENDATION_ROW,
                "style", "fill: var(--lumo-contrast-5pct)");
        double x1 = at.clamp(at.start(row.start()));
        double x2 = at.clamp(at.end(row.end()));
        svg.open("a", "href", href(row.recommendationId()), "class", "timeline-recommendation",
                "data-recommendation", row.recommendationId());
        svg.element("title", row.code() + " · " + row.title() + "\n" + getTranslation("timeline.tip.span",
                Formats.date(row.start()), Formats.date(row.end())));
        svg.leaf("rect", "x", x1, "y", y + 11, "width", Math.max(2, x2 - x1), "height", 8, "rx", 4,
                "style", "fill: var(--lumo-contrast-50pct)");
        svg.close("a");
    }

    private void milestone(Svg svg, Geometry at, TimelineMilestone m, int y, List<TimelineMilestone> predecessors) {
        String colour = StatusColours.strong(m.status());
        boolean dueBefore = predecessors.stream().anyMatch(p -> TimelineArrows.dueBefore(m, p));
        svg.open("a", "href", href(m.recommendationId()), "class", "timeline-milestone"
                        + (dueBefore ? " timeline-due-before-predecessor" : ""),
                "data-milestone", m.milestoneId(), "data-status", m.status(), "data-start", m.start(),
                "data-due", m.currentDue(), "data-baseline", m.baselineDue(), "data-completed", m.completedOn());
        svg.element("title", tooltip(m, predecessors));
        double startX = at.start(m.start());
        double endX = at.end(m.currentDue());
        double x1 = at.clamp(startX);
        double x2 = at.clamp(endX);
        if (m.slipped()) {
            double baselineEnd = at.end(m.baselineDue());
            double b1 = at.clamp(Math.min(startX, baselineEnd));
            double b2 = at.clamp(baselineEnd);
            svg.leaf("rect", "class", "timeline-baseline-span", "x", b1, "y", y + 19, "width", Math.max(0, b2 - b1),
                    "height", 3, "style", "fill: var(--lumo-contrast-50pct)");
            if (at.window().contains(m.baselineDue())) {
                svg.leaf("line", "class", "timeline-baseline", "data-date", m.baselineDue(), "x1", baselineEnd,
                        "x2", baselineEnd, "y1", y + 2, "y2", y + MILESTONE_ROW - 2,
                        "style", "stroke: var(--lumo-contrast-80pct); stroke-width: 2; stroke-dasharray: 3 2");
            }
        }
        if (x2 > x1) {
            svg.leaf("rect", "class", "timeline-bar", "x", x1, "y", y + 6, "width", x2 - x1, "height", 12, "rx", 3,
                    "style", "fill: " + colour + "; fill-opacity: 0.35");
            double done = at.clamp(startX + (endX - startX) * m.progress() / 100.0);
            if (done > x1) {
                svg.leaf("rect", "x", x1, "y", y + 6, "width", done - x1, "height", 12, "rx", 3,
                        "style", "fill: " + colour);
            }
        }
        if (m.completedOn() != null && at.window().contains(m.completedOn())) {
            double cx = at.middle(m.completedOn());
            double cy = y + 12;
            svg.leaf("polygon", "class", "timeline-completed", "data-date", m.completedOn(),
                    "points", String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f",
                            cx, cy - 7, cx + 7, cy, cx, cy + 7, cx - 7, cy),
                    "style", "fill: var(--lumo-body-text-color); stroke: var(--lumo-base-color); stroke-width: 1.5");
        }
        dueLabel(svg, at, m, y, x1, Math.max(x2, m.slipped() ? at.clamp(at.end(m.baselineDue())) : x2));
        svg.close("a");
    }

    /** The due date (and the baseline when it moved): never dropped, see {@link #dueLabelPlace}. */
    private void dueLabel(Svg svg, Geometry at, TimelineMilestone m, int y, double left, double right) {
        String text = dueText(m);
        LabelPlace place = dueLabelPlace(at.width(), left, right, text.length() * TEXT_WIDTH + 12);
        svg.element("text", text, "class", "timeline-due", "data-place", place.where().name().toLowerCase(Locale.ROOT),
                "x", place.x(), "y", y + 16, "text-anchor", place.anchor(), "style", place.where() == LabelPlace.Where.BESIDE
                        ? "fill: var(--lumo-secondary-text-color)"
                        // over the bar or the window's edge: a halo of the page's colour keeps it readable
                        : "fill: var(--lumo-body-text-color); stroke: var(--lumo-base-color); stroke-width: 3px; "
                                + "stroke-linejoin: round; paint-order: stroke");
    }

    private String dueText(TimelineMilestone m) {
        return m.slipped()
                ? getTranslation("timeline.bar.slipped", Formats.date(m.currentDue()), Formats.date(m.baselineDue()))
                : Formats.date(m.currentDue());
    }

    /** Where a bar's due label stands: its x, its anchor and whether beside the bar, inside it or over it. */
    record LabelPlace(double x, String anchor, Where where) {

        enum Where { BESIDE, INSIDE, OVER }
    }

    /**
     * Places a due label of {@code needed} pixels for a bar from {@code left} to {@code right} in a drawing
     * {@code width} wide: after the bar when there is room, else before it, else inside the bar when the bar is long
     * enough (a bar that fills the window), else over the bar from as far left as keeps it in the window (a short bar
     * in a narrow window; the label column and the tooltip hold the same text). The label is always written.
     */
    static LabelPlace dueLabelPlace(double width, double left, double right, double needed) {
        if (width - right >= needed) {
            return new LabelPlace(right + 10, "start", LabelPlace.Where.BESIDE);
        }
        if (left >= needed) {
            return new LabelPlace(left - 10, "end", LabelPlace.Where.BESIDE);
        }
        if (right - left >= needed) {
            return new LabelPlace(left + 6, "start", LabelPlace.Where.INSIDE);
        }
        return new LabelPlace(Math.max(2, Math.min(left + 6, width - needed + 10)), "start", LabelPlace.Where.OVER);
    }

    private String tooltip(TimelineMilestone m, List<TimelineMilestone> predecessors) {
        List<String> lines = new ArrayList<>();
        lines.add(m.name() + " · " + m.ownerName() + (m.countryIso2() == null ? "" : " · " + m.countryIso2()));
        lines.add(getTranslation("timeline.tip.planned", Formats.date(m.start()), Formats.date(m.currentDue())));
        if (m.slipped()) {
            lines.add(getTranslation("timeline.tip.baseline", Formats.date(m.baselineDue()), m.slippageDays()));
        }
        if (m.completedOn() != null) {
            lines.add(getTranslation("timeline.tip.completed", Formats.date(m.completedOn())));
        }
        lines.add(getTranslation("compliance." + m.status().name()) + " · " + m.progress() + " %");
        if (!predecessors.isEmpty()) {
            lines.add(getTranslation("timeline.tip.waits-for", predecessors.stream()
                    .map(p -> p.name() + " (" + Formats.date(p.currentDue()) + ")").collect(Collectors.joining("; "))));
        }
        String before = predecessors.stream().filter(p -> TimelineArrows.dueBefore(m, p)).map(TimelineMilestone::name)
                .collect(Collectors.joining("; "));
        if (!before.isEmpty()) {
            lines.add(getTranslation("timeline.tip.due-before", before));
        }
        return String.join("\n", lines);
    }

    private Anchor recommendationLink(TimelineRow row) {
        Anchor link = new Anchor(href(row.recommendationId()), row.code() + " · " + row.title());
        link.setId("timeline-recommendation-" + row.recommendationId());
        link.setTitle(row.code() + " · " + row.title());
        style(link, RECOMMENDATION_ROW);
        link.getStyle().set("font-weight", "600").set("background", "var(--lumo-contrast-5pct)");
        return link;
    }

    /** The milestone's name (a link) and its owner organisation's name, side by side; the whole of both in the tooltip. */
    private Div milestoneLabel(TimelineMilestone m) {
        Anchor link = new Anchor(href(m.recommendationId()), m.name());
        link.setId("timeline-milestone-" + m.milestoneId());
        link.setTitle(m.name() + " · " + dueText(m));
        link.addClassName("timeline-name");
        Span owner = new Span(m.ownerName());
        owner.setId("timeline-owner-" + m.milestoneId());
        owner.addClassName("timeline-owner");
        owner.setTitle(m.ownerName());
        Div label = new Div(symbol(m.status(), m.milestoneId()), link, owner);
        label.addClassName("timeline-label");
        label.setHeight(MILESTONE_ROW + "px");
        return label;
    }

    /** The status's shape, named by its status in words for a screen reader and in the tooltip. */
    static Span symbol(ComplianceStatus status, Long milestoneId) {
        Span symbol = new Span(StatusColours.symbol(status));
        if (milestoneId != null) {
            symbol.setId("timeline-status-" + milestoneId);
        }
        symbol.addClassName("timeline-status");
        symbol.getElement().setAttribute("data-status", status.name());
        symbol.getElement().setAttribute("role", "img");
        String words = symbol.getTranslation("compliance." + status.name());
        symbol.getElement().setAttribute("aria-label", words);
        symbol.setTitle(words);
        symbol.getStyle().set("color", StatusColours.strong(status));
        return symbol;
    }

    private static void style(Anchor link, int height) {
        link.getStyle().set("display", "block").set("box-sizing", "border-box").set("height", height + "px")
                .set("line-height", height + "px").set("padding", "0 var(--lumo-space-s)").set("white-space", "nowrap")
                .set("overflow", "hidden").set("text-overflow", "ellipsis");
    }

    private static Div row(int height) {
        Div row = new Div();
        row.getStyle().set("height", height + "px").set("box-sizing", "border-box")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        return row;
    }

    static String href(Long recommendationId) {
        return "recommendations/" + recommendationId;
    }

    /** The window as the toolbar names it. */
    String period(Timeline timeline) {
        TimelineWindow window = timeline.window();
        if (window.zoom() == TimelineZoom.QUARTER) {
            return getTranslation("timeline.period.quarter", String.valueOf(window.quarter()),
                    String.valueOf(window.from().getYear()));
        }
        if (window.calendarYear()) {
            return String.valueOf(window.from().getYear());
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL", getLocale());
        return getTranslation("timeline.period.all", month.format(window.from()) + " " + window.from().getYear(),
                month.format(window.to()) + " " + window.to().getYear());
    }
}
