package dev.harmony.engine.store;

import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of cutting series into UTC days: a step of whole seconds that divides a day, and
 * series that start on that step's grid, so that every value has one slot in one day's chunk.
 */
final class DayGrid {
    static final long DAY_S = 86_400;

    private DayGrid() {
    }

    /** The step in seconds, after checking the series can be cut into day chunks. */
    static int stepSeconds(TimeSeries series) {
        Duration step = series.step();
        if (step.getNano() != 0 || step.getSeconds() > DAY_S || DAY_S % step.getSeconds() != 0) {
            throw new IllegalArgumentException("series " + series.vmId() + " " + series.metric()
                    + ": step " + step + " must be whole seconds that divide a day (e.g. 60 s or 300 s)");
        }
        int stepS = (int) step.getSeconds();
        Instant start = series.start();
        if (start.getNano() != 0 || Math.floorMod(start.getEpochSecond(), stepS) != 0) {
            throw new IllegalArgumentException("series " + series.vmId() + " " + series.metric()
                    + ": start " + start + " is not on the " + stepS + " s grid");
        }
        return stepS;
    }

    static long dayOf(long epochSecond) {
        return Math.floorDiv(epochSecond, DAY_S) * DAY_S;
    }

    /** The series' values cut into day chunks (day start → values, NaN where the series has none); days with no value are left out. */
    static Map<Long, float[]> cut(TimeSeries series, int stepS) {
        int perDay = (int) (DAY_S / stepS);
        Map<Long, float[]> days = new TreeMap<>();
        long start = series.start().getEpochSecond();
        for (int i = 0; i < series.size(); i++) {
            float value = series.valueAt(i);
            if (Float.isNaN(value)) {
                continue;
            }
            long t = start + (long) i * stepS;
            long day = dayOf(t);
            float[] chunk = days.computeIfAbsent(day, d -> nanArray(perDay));
            chunk[(int) ((t - day) / stepS)] = value;
        }
        return days;
    }

    static float[] nanArray(int n) {
        float[] values = new float[n];
        Arrays.fill(values, Float.NaN);
        return values;
    }
}
