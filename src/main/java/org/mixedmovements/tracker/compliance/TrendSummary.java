package org.mixedmovements.tracker.compliance;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The trend in one sentence, for the dashboard and the PDF report alike: the latest implementation rate, on-time rate,
 * overdue count and burn-up, each with its change since the end of the last calendar quarter when figures were kept
 * for that day ("Implementation rate 25 %, up 10 points on last quarter; …"). Texts come from the message bundles
 * through the caller's translation (key, arguments).
 */
public final class TrendSummary {

    private TrendSummary() {
    }

    public static String sentence(PlanTrend trend, BiFunction<String, Object[], String> translate) {
        Optional<DayFigures> latest = trend.latest();
        if (latest.isEmpty()) {
            return translate.apply("trend.summary.none", new Object[0]);
        }
        DayFigures now = latest.get();
        Optional<DayFigures> before = trend.lastQuarter();
        String implementation = now.implementationRate()
                .map(rate -> translate.apply("trend.implementation", new Object[] {rate})
                        + before.flatMap(DayFigures::implementationRate).map(b -> points(rate - b, translate)).orElse(""))
                .orElseGet(() -> translate.apply("trend.implementation.none", new Object[0]));
        String onTime = now.onTimeRate()
                .map(rate -> translate.apply("trend.on-time", new Object[] {rate})
                        + before.flatMap(DayFigures::onTimeRate).map(b -> points(rate - b, translate)).orElse(""))
                .orElseGet(() -> translate.apply("trend.on-time.none", new Object[0]));
        String overdue = translate.apply("trend.overdue", new Object[] {now.overdue()})
                + before.map(b -> change(now.overdue() - b.overdue(), translate, "trend.change.count.up",
                "trend.change.count.down", "trend.change.count.same")).orElse("");
        String burnUp = translate.apply("trend.burn-up", new Object[] {now.completed(), now.planned()})
                + before.map(b -> translate.apply("trend.burn-up.before", new Object[] {b.completed(), b.planned()}))
                .orElse("");
        // clauses of one sentence, in every language
        return String.join("; ", implementation, onTime, overdue, burnUp) + ".";
    }

    private static String points(int difference, BiFunction<String, Object[], String> translate) {
        return change(difference, translate, "trend.change.points.up", "trend.change.points.down",
                "trend.change.points.same");
    }

    /** The change up, down or none, with its size. */
    private static String change(int difference, BiFunction<String, Object[], String> translate, String up,
                                 String down, String same) {
        String key = difference > 0 ? up : difference < 0 ? down : same;
        return translate.apply(key, new Object[] {Math.abs(difference)});
    }
}
