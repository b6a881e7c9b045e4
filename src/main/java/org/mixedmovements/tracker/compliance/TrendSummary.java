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
        String implementation = rate("trend.implementation", now.implementationRate(),
                before.flatMap(DayFigures::implementationRate), translate);
        String onTime = rate("trend.on-time", now.onTimeRate(), before.flatMap(DayFigures::onTimeRate), translate);
        String overdue = translate.apply("trend.overdue", new Object[] {now.overdue()})
                + before.map(b -> change("trend.change.count", now.overdue() - b.overdue(), translate)).orElse("");
        String burnUp = translate.apply("trend.burn-up", new Object[] {now.completed(), now.planned()})
                + before.map(b -> translate.apply("trend.burn-up.before", new Object[] {b.completed(), b.planned()}))
                .orElse("");
        return translate.apply("trend.summary", new Object[] {implementation, onTime, overdue, burnUp});
    }

    private static String rate(String key, Optional<Integer> now, Optional<Integer> before,
                               BiFunction<String, Object[], String> translate) {
        if (now.isEmpty()) {
            return translate.apply(key + ".none", new Object[0]);
        }
        return translate.apply(key, new Object[] {now.get()})
                + before.map(b -> change("trend.change.points", now.get() - b, translate)).orElse("");
    }

    /** ".up", ".down" or ".same", with the size of the change. */
    private static String change(String key, int difference, BiFunction<String, Object[], String> translate) {
        String direction = difference > 0 ? ".up" : difference < 0 ? ".down" : ".same";
        return translate.apply(key + direction, new Object[] {Math.abs(difference)});
    }
}
