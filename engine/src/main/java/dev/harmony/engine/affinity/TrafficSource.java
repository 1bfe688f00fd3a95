package dev.harmony.engine.affinity;

import dev.harmony.engine.model.TrafficEstimate;

/** Where the communication term's traffic figure came from. */
public enum TrafficSource {
    /** No figure for the pair; the communication term is 0. */
    UNKNOWN,
    /** A measured figure (for example from flow records). */
    MEASURED,
    /** A model's estimate, such as the lab's gravity model. */
    ESTIMATED;

    static TrafficSource of(TrafficEstimate traffic) {
        if (traffic == null) {
            return UNKNOWN;
        }
        return traffic.estimated() ? ESTIMATED : MEASURED;
    }
}
