package dev.harmony.engine.affinity.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dense float matrix with an id per row and a name per column, stored row-major. Every value is
 * finite: missing inputs are encoded by the producer (for example as 0 with a mask column), never NaN.
 *
 * @param rowIds  one id per row, distinct
 * @param columns one name per column, distinct
 * @param values  {@code rowIds.size() · columns.size()} values, row-major
 */
public record FeatureMatrix(List<String> rowIds, List<String> columns, float[] values) {
    public FeatureMatrix {
        rowIds = List.copyOf(rowIds);
        columns = List.copyOf(columns);
        if (values.length != (long) rowIds.size() * columns.size()) {
            throw new IllegalArgumentException("expected " + rowIds.size() + " x " + columns.size() + " values, got " + values.length);
        }
        if (new HashSet<>(rowIds).size() != rowIds.size() || new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("row ids and column names must be distinct");
        }
        values = values.clone();
        for (int k = 0; k < values.length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new IllegalArgumentException("value of row " + rowIds.get(k / columns.size()) + ", column "
                        + columns.get(k % columns.size()) + " is not finite: " + values[k]);
            }
        }
    }

    /** A copy of the values; the record never hands out its own array. */
    @Override
    public float[] values() {
        return values.clone();
    }

    public int rows() {
        return rowIds.size();
    }

    public int cols() {
        return columns.size();
    }

    public float get(int row, int col) {
        return values[row * columns.size() + col];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        float[] out = new float[columns.size()];
        System.arraycopy(values, row * columns.size(), out, 0, out.length);
        return out;
    }

    /** Index of a column, or -1. */
    public int column(String name) {
        return columns.indexOf(name);
    }

    /** Row index by id. */
    public Map<String, Integer> rowIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int r = 0; r < rowIds.size(); r++) {
            index.put(rowIds.get(r), r);
        }
        return index;
    }

    /** The columns whose names start with {@code prefix}, as a matrix with the same rows. */
    public FeatureMatrix select(String prefix) {
        List<Integer> picked = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).startsWith(prefix)) {
                picked.add(c);
            }
        }
        float[] out = new float[rowIds.size() * picked.size()];
        for (int r = 0; r < rowIds.size(); r++) {
            for (int k = 0; k < picked.size(); k++) {
                out[r * picked.size() + k] = get(r, picked.get(k));
            }
        }
        return new FeatureMatrix(rowIds, picked.stream().map(columns::get).toList(), out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMatrix m && rowIds.equals(m.rowIds) && columns.equals(m.columns)
                && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowIds, columns, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows() + " x " + cols() + "]";
    }
}
