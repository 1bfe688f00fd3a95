package dev.harmony.engine.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one suite measured.
 *
 * @param name      the suite's name
 * @param workload  its input in words
 * @param warmup    untimed runs before the timed ones
 * @param seconds   each timed run's wall-clock seconds, in run order
 * @param items     items one run handled, see {@code unit}
 * @param unit      what an item is
 * @param heapMb    heap high-water mark in MiB over warm-up and timed runs (see {@link HeapPeak})
 * @param extras    further figures, e.g. a baseline's time
 */
public record SuiteResult(String name, String workload, int warmup, List<Double> seconds, long items, String unit,
                          double heapMb, Map<String, Object> extras) {
    public SuiteResult {
        seconds = List.copyOf(seconds);
        extras = Map.copyOf(extras);
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("suite " + name + " has no timed run");
        }
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /** The middle run, or the mean of the two middle runs for an even count. */
    public double median() {
        double[] s = sorted();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Items per second at the median time. */
    public double ratePerSecond() {
        return items / median();
    }

    private double[] sorted() {
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s;
    }
}
