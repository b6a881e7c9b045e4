package org.mixedmovements.tracker.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Order statistics of a list of measurements (milliseconds). */
record Stats(double median, double p95, double min, double max, int n) {

    static Stats of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Stats(percentile(v, 50), percentile(v, 95), v[0], v[v.length - 1], v.length);
    }

    static Stats ofNanos(long[] nanos) {
        return of(Arrays.stream(nanos).mapToObj(n -> n / 1e6).toList());
    }

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String f(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    String spread() {
        return f(min) + "–" + f(max);
    }
}
