package dev.harmony.engine.affinity;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The traffic between two panel rows, or null when it is not known. */
@FunctionalInterface
public interface PairTraffic {
    TrafficEstimate between(int i, int j);

    /** No traffic known for any pair. */
    static PairTraffic none() {
        return (i, j) -> null;
    }

    /** A lookup over estimates; estimates naming a VM outside the panel are ignored. */
    static PairTraffic of(DemandPanel panel, Collection<TrafficEstimate> estimates) {
        Map<Long, TrafficEstimate> byPair = new HashMap<>();
        for (TrafficEstimate e : estimates) {
            int a = panel.indexOf(e.vmA());
            int b = panel.indexOf(e.vmB());
            if (a >= 0 && b >= 0) {
                byPair.put(key(a, b), e);
            }
        }
        return (i, j) -> byPair.get(key(i, j));
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }
}
