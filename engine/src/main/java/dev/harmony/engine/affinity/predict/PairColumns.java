package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.features.PairHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-pair feature columns: for each lag window the realized score, its terms, activity and
 * whether it was scored (the layout of {@link PairHistory}), then summary columns: over the past
 * (mean, lowest score, the same window a week before), from the last window (CPU correlation, profile
 * cosine, traffic), the placement (co-located) and the target's calendar (weekend, day of week), which
 * is known in advance and so leaks nothing.
 */
public final class PairColumns {
    /** Values per lag window, in {@link PairHistory}'s order: score, 4 terms, activity, scored. */
    public static final int PER_LAG = 7;
    /** Offset of the lag's score within its group. */
    public static final int SCORE = 0;
    /** Offset of the lag's activity within its group. */
    public static final int ACTIVITY = 5;
    /** Offset of the lag's scored flag within its group. */
    public static final int SCORED = 6;
    /** Summary columns after the lags, in order. */
    public static final List<String> SUMMARY = List.of("mean.score", "mean.windows", "past.min", "week.score",
            "week.scored", "cpu.pearson", "cpu.pearson.known", "profile.cosine", "co_located", "traffic.ln1p[KiB/s]",
            "traffic.estimated", "target.weekend", "target.dow.sin", "target.dow.cos");

    private PairColumns() {
    }

    /** Every column name for {@code lags} lag windows. */
    public static List<String> names(int lags) {
        List<String> names = new ArrayList<>(new PairHistory(AffinityOptions.defaults(), lags, 1).columns());
        names.addAll(SUMMARY);
        return names;
    }

    /** Column of a lag window's part; {@code lag} counts from 1 (the window just before the target). */
    public static int lag(int lag, int part) {
        return (lag - 1) * PER_LAG + part;
    }

    /** Column of a summary value, e.g. {@code summary(lags, "mean.score")}. */
    public static int summary(int lags, String name) {
        int i = SUMMARY.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no summary column " + name);
        }
        return lags * PER_LAG + i;
    }

    /** Lag windows in a feature layout of {@code columns} columns. */
    public static int lagsOf(int columns) {
        int lags = (columns - SUMMARY.size()) / PER_LAG;
        if (lags < 1 || lags * PER_LAG + SUMMARY.size() != columns) {
            throw new IllegalArgumentException(columns + " pair columns are not a lag layout");
        }
        return lags;
    }
}
