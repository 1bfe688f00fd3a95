package dev.harmony.viz.heatmap;

import java.util.List;
import java.util.Objects;

/**
 * A square matrix of affinities ready to draw: cell (r, c) is the mean affinity of the scored pairs between
 * row r and column c, NaN where no pair was scored.
 *
 * @param title  what the rows and columns are, e.g. {@code Hosts × hosts}
 * @param ids    the host or VM id of each row (and column)
 * @param labels the name shown for each row (and column)
 * @param values mean affinity per cell, row-major, {@code n·n} values
 * @param pairs  how many scored pairs each cell averages, row-major
 */
public record HeatMapData(String title, List<String> ids, List<String> labels, float[] values, int[] pairs) {
    public HeatMapData {
        Objects.requireNonNull(title, "title");
        ids = List.copyOf(ids);
        labels = List.copyOf(labels);
        int n = ids.size();
        if (labels.size() != n || values.length != n * n || pairs.length != n * n) {
            throw new IllegalArgumentException("a heat map of " + n + " rows needs " + n + " labels and " + n * n + " cells");
        }
    }

    /** Nothing to show. */
    public static HeatMapData empty() {
        return new HeatMapData("No affinity yet", List.of(), List.of(), new float[0], new int[0]);
    }

    public int size() {
        return ids.size();
    }

    public float value(int row, int col) {
        return values[row * size() + col];
    }

    public int pairs(int row, int col) {
        return pairs[row * size() + col];
    }

    /**
     * The colour scale's reach: the largest |value|, rounded up to 0.05, at least 0.05. Colours run from
     * −range to +range, so a pool whose affinities stay small still shows which cells stand out.
     */
    public double range() {
        double max = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return Math.max(0.05, Math.ceil(max * 20 - 1e-6) / 20);
    }
}
