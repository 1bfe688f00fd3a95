package dev.harmony.connectors.lab.trace;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts irregular samples onto the UTC-aligned grid: each interval holds the mean of the samples whose
 * timestamp falls in it, and intervals without any sample hold NaN.
 */
final class GridResampler {
    /** The lab's grid: 300 s, the native interval of both traces. */
    static final int STEP_S = 300;

    private GridResampler() {
    }

    /**
     * @param times   sample times in Unix seconds, non-decreasing
     * @param columns one column per metric, NaN where a field was missing
     * @param rows    how many leading entries of the arrays are used
     * @param report  receives the count of empty intervals
     */
    static Map<Metric, TimeSeries> resample(String vmId, long[] times, List<Metric> metrics, float[][] columns, int rows,
            ReportCollector report) {
        long first = Math.floorDiv(times[0], STEP_S);
        long last = Math.floorDiv(times[rows - 1], STEP_S);
        int n = Math.toIntExact(last - first + 1);
        double[][] sums = new double[metrics.size()][n];
        int[][] counts = new int[metrics.size()][n];
        boolean[] sampled = new boolean[n];
        for (int r = 0; r < rows; r++) {
            int bin = (int) (Math.floorDiv(times[r], STEP_S) - first);
            sampled[bin] = true;
            for (int m = 0; m < metrics.size(); m++) {
                float v = columns[m][r];
                if (!Float.isNaN(v)) {
                    sums[m][bin] += v;
                    counts[m][bin]++;
                }
            }
        }
        long empty = 0;
        for (boolean s : sampled) {
            empty += s ? 0 : 1;
        }
        report.missingIntervals(empty);
        Instant start = Instant.ofEpochSecond(first * STEP_S);
        Map<Metric, TimeSeries> series = new EnumMap<>(Metric.class);
        for (int m = 0; m < metrics.size(); m++) {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = counts[m][i] == 0 ? Float.NaN : (float) (sums[m][i] / counts[m][i]);
            }
            series.put(metrics.get(m), new TimeSeries(vmId, metrics.get(m), start, Duration.ofSeconds(STEP_S), values));
        }
        return series;
    }
}
