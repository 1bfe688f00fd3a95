package dev.harmony.connectors.vcenter.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A vCenter statistics interval: real time (20 s samples kept about an hour) or one of the
 * historical rollups vCenter keeps for a day, a week, a month and a year.
 *
 * @param samplingSeconds the sample length
 * @param kept            how far back vCenter keeps samples of this length
 */
public record PerfInterval(int samplingSeconds, Duration kept) {
    public static final PerfInterval REAL_TIME = new PerfInterval(20, Duration.ofHours(1));

    /** vCenter's default historical intervals, used when it does not list its own. */
    public static final List<PerfInterval> DEFAULT_HISTORICAL = List.of(
            new PerfInterval(300, Duration.ofDays(1)), new PerfInterval(1800, Duration.ofDays(7)),
            new PerfInterval(7200, Duration.ofDays(30)), new PerfInterval(86400, Duration.ofDays(365)));

    public PerfInterval {
        if (samplingSeconds <= 0) {
            throw new IllegalArgumentException("sampling interval must be positive, was " + samplingSeconds);
        }
    }

    public Duration step() {
        return Duration.ofSeconds(samplingSeconds);
    }

    /** Whether this is the real-time interval, queried as {@code intervalId = 20}. */
    public boolean realTime() {
        return samplingSeconds == REAL_TIME.samplingSeconds && kept.equals(REAL_TIME.kept);
    }

    /**
     * The finest interval that still holds samples as old as {@code from}: real time for the last hour,
     * then the historical rollups; the coarsest when the window starts beyond all of them.
     */
    public static PerfInterval finestCovering(Instant from, Instant now, List<PerfInterval> historical) {
        if (!from.isBefore(now.minus(REAL_TIME.kept))) {
            return REAL_TIME;
        }
        List<PerfInterval> byLength = historical.stream().sorted(Comparator.comparing(PerfInterval::kept)).toList();
        for (PerfInterval interval : byLength) {
            if (!from.isBefore(now.minus(interval.kept))) {
                return interval;
            }
        }
        return byLength.isEmpty() ? REAL_TIME : byLength.get(byLength.size() - 1);
    }
}
