package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.model.TrafficEstimate;
import java.time.Instant;
import java.util.List;

/**
 * Pairwise traffic over any past time range, as a connector reports it ({@code Connector.traffic}).
 * The windowing asks only for ranges that end before the window it predicts, except for the target itself.
 */
@FunctionalInterface
public interface TrafficHistory {
    /** The pairs' mean traffic over {@code [from, to)}; empty when nothing is known. */
    List<TrafficEstimate> between(Instant from, Instant to);

    /** No traffic known for any range. */
    static TrafficHistory none() {
        return (from, to) -> List.of();
    }
}
