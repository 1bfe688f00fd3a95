package dev.harmony.engine.affinity.features;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins VMs whose traffic reaches a threshold, keeping whether the figure was estimated. */
public final class CommunicationEdges {
    private final double thresholdKibps;

    /** @param thresholdKibps least traffic, in KiB/s, that makes an edge; non-negative */
    public CommunicationEdges(double thresholdKibps) {
        if (!(thresholdKibps >= 0) || Double.isInfinite(thresholdKibps)) {
            throw new IllegalArgumentException("threshold must be finite and non-negative, was " + thresholdKibps);
        }
        this.thresholdKibps = thresholdKibps;
    }

    /** Undirected edges weighted by KiB/s; estimates naming a VM outside {@code rowIds} are left out. */
    public EdgeList of(List<String> rowIds, Collection<TrafficEstimate> traffic) {
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 0; r < rowIds.size(); r++) {
            rows.put(rowIds.get(r), r);
        }
        List<TrafficEstimate> kept = new ArrayList<>();
        for (TrafficEstimate t : traffic) {
            if (t.meanKibps() >= thresholdKibps && t.meanKibps() > 0 && rows.containsKey(t.vmA()) && rows.containsKey(t.vmB())) {
                kept.add(t);
            }
        }
        int[] source = new int[kept.size()];
        int[] target = new int[kept.size()];
        float[] weight = new float[kept.size()];
        boolean[] estimated = new boolean[kept.size()];
        for (int e = 0; e < kept.size(); e++) {
            int a = rows.get(kept.get(e).vmA());
            int b = rows.get(kept.get(e).vmB());
            source[e] = Math.min(a, b);
            target[e] = Math.max(a, b);
            weight[e] = (float) kept.get(e).meanKibps();
            estimated[e] = kept.get(e).estimated();
        }
        return new EdgeList(EdgeKind.COMMUNICATION, false, source, target, weight, estimated);
    }
}
