package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Predicts a pair's affinity over the next window as the mean of its realized affinity over the last
 * {@code windows} windows before now (each one {@code length} long, the newest ending at now), counting
 * only the windows in which the pair could be scored: the {@code history_mean} baseline that the affinity
 * evaluation found the most accurate on held-out days (docs/affinity-evaluation.md).
 */
public final class HistoryMeanAffinity implements PredictedAffinity {
    /** The window the affinity evaluation scored: a day. */
    public static final Duration WINDOW = Duration.ofDays(1);
    /** How many windows the evaluated history mean reaches back: 14 days. */
    public static final int WINDOWS = 14;
    private final List<PredictedAffinity> windows;
    private final String name;

    /**
     * @param now      the plan's now; the newest window ends here
     * @param length   one window's length, e.g. a day
     * @param count    how many windows back the mean reaches, at least 1
     * @param realized the realized affinity of one window; callers may hand out cached scores, since
     *                 windows recur from plan to plan when plans are a whole number of windows apart
     */
    public HistoryMeanAffinity(Instant now, Duration length, int count, Function<Window, PredictedAffinity> realized) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(realized, "realized");
        if (count < 1 || length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("the mean needs at least one window of positive length");
        }
        this.windows = windows(now, length, count).stream().map(realized).toList();
        this.name = "history mean of realized affinity over the " + count + " windows of " + length.toHours()
                + " h before " + now;
    }

    /** The windows that end at or before now, newest first. */
    public static List<Window> windows(Instant now, Duration length, int count) {
        List<Window> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Instant end = now.minus(length.multipliedBy(k));
            out.add(new Window(end.minus(length), end));
        }
        return out;
    }

    @Override
    public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
        double sum = 0;
        int n = 0;
        for (PredictedAffinity w : windows) {
            OptionalDouble s = w.score(vmA, vmB, shared);
            if (s.isPresent()) {
                sum += s.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    @Override
    public void prepare(List<Query> pairs) {
        windows.forEach(w -> w.prepare(pairs));
    }

    @Override
    public String name() {
        return name;
    }
}
