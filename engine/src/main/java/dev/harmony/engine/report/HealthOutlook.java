package dev.harmony.engine.report;

import java.util.Objects;

/**
 * Predicted pool health without and with the plan, over the same replayed demand; the spread between a
 * series' min and max is the uncertainty the report shows.
 *
 * @param before the pool with the VMs where the plan finds them
 * @param after  the pool with every move done
 */
public record HealthOutlook(HealthSeries before, HealthSeries after) {
    public HealthOutlook {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
