package dev.harmony.connectors.lab.trace;

import java.util.Arrays;
import java.util.BitSet;

/** The kept rows of one file, column by column, growing as rows arrive. */
final class RowBuffer {
    private long[] times = new long[1024];
    private float[][] columns;
    private final BitSet needsCapacity = new BitSet();
    private int size;

    RowBuffer(int metrics) {
        columns = new float[metrics][1024];
    }

    /** Adds a row; {@code capacityMissing} marks it for the capacity repair once the modal size is known. */
    void add(long time, float[] values, boolean capacityMissing) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            for (int m = 0; m < columns.length; m++) {
                columns[m] = Arrays.copyOf(columns[m], size * 2);
            }
        }
        times[size] = time;
        for (int m = 0; m < columns.length; m++) {
            columns[m][size] = values[m];
        }
        if (capacityMissing) {
            needsCapacity.set(size);
        }
        size++;
    }

    int size() {
        return size;
    }

    long[] times() {
        return times;
    }

    float[][] columns() {
        return columns;
    }

    /** Sets each listed column that is zero or missing in a marked row to the given value. */
    void fillCapacity(int[] capacityColumns, float[] modal) {
        for (int row = needsCapacity.nextSetBit(0); row >= 0; row = needsCapacity.nextSetBit(row + 1)) {
            for (int i = 0; i < capacityColumns.length; i++) {
                float v = columns[capacityColumns[i]][row];
                if (Float.isNaN(v) || v == 0) {
                    columns[capacityColumns[i]][row] = modal[i];
                }
            }
        }
    }
}
