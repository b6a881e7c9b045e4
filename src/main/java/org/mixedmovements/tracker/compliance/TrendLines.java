package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mixedmovements.tracker.milestone.ComplianceStatus;

/**
 * The trend's lines in the unit square, for the dashboard's SVG and the PDF report's vector drawing alike: x runs
 * from the window's first day (0) to today (1), y from 0 to the top of its panel (100 % for the rates, the largest
 * count for the milestones). A line breaks where a rate has no value (nothing accepted or completed yet).
 */
public record TrendLines(int countTop, List<Line> lines, List<Tick> months) {

    /** The two panels: rates in per cent, and milestone counts. */
    public enum Panel { RATES, MILESTONES }

    /** One figure of the trend, its panel, and the status whose colour draws it (the dashboard's palette). */
    public enum Figure {
        IMPLEMENTATION_RATE(Panel.RATES, ComplianceStatus.COMPLETED_ON_TIME),
        ON_TIME_RATE(Panel.RATES, ComplianceStatus.ON_TRACK),
        PLANNED(Panel.MILESTONES, ComplianceStatus.NOT_DUE_YET),
        COMPLETED(Panel.MILESTONES, ComplianceStatus.COMPLETED_ON_TIME),
        OVERDUE(Panel.MILESTONES, ComplianceStatus.OVERDUE);

        private final Panel panel;
        private final ComplianceStatus colour;

        Figure(Panel panel, ComplianceStatus colour) {
            this.panel = panel;
            this.colour = colour;
        }

        public Panel panel() {
            return panel;
        }

        public ComplianceStatus colour() {
            return colour;
        }

        Optional<Integer> of(DayFigures day) {
            return switch (this) {
                case IMPLEMENTATION_RATE -> day.implementationRate();
                case ON_TIME_RATE -> day.onTimeRate();
                case PLANNED -> Optional.of(day.planned());
                case COMPLETED -> Optional.of(day.completed());
                case OVERDUE -> Optional.of(day.overdue());
            };
        }
    }

    public record Point(double x, double y) {
    }

    /** A figure's line, in one or more unbroken segments. */
    public record Line(Figure figure, List<List<Point>> segments) {
    }

    /** The first day of a month within the window, where its label goes. */
    public record Tick(double x, LocalDate month) {
    }

    public static TrendLines of(PlanTrend trend) {
        int top = Math.max(1, trend.days().stream()
                .mapToInt(d -> Math.max(d.planned(), Math.max(d.completed(), d.overdue()))).max().orElse(1));
        double span = Math.max(1, ChronoUnit.DAYS.between(trend.from(), trend.today()));
        Function<LocalDate, Double> x = day -> ChronoUnit.DAYS.between(trend.from(), day) / span;
        List<Line> lines = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            double scale = figure.panel() == Panel.RATES ? 100 : top;
            List<List<Point>> segments = new ArrayList<>();
            List<Point> current = new ArrayList<>();
            for (DayFigures day : trend.days()) {
                Optional<Integer> value = figure.of(day);
                if (value.isPresent()) {
                    current.add(new Point(x.apply(day.day()), value.get() / scale));
                } else if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                segments.add(current);
            }
            lines.add(new Line(figure, segments));
        }
        List<Tick> months = new ArrayList<>();
        for (LocalDate month = trend.from().withDayOfMonth(1).plusMonths(1); !month.isAfter(trend.today());
             month = month.plusMonths(1)) {
            months.add(new Tick(x.apply(month), month));
        }
        return new TrendLines(top, lines, months);
    }

    /** The lines of one panel. */
    public List<Line> of(Panel panel) {
        return lines.stream().filter(l -> l.figure().panel() == panel).toList();
    }
}
