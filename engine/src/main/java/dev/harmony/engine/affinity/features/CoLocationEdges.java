package dev.harmony.engine.affinity.features;

import dev.harmony.engine.model.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Joins every two VMs that a placement puts on the same host. */
public final class CoLocationEdges {
    private CoLocationEdges() {
    }

    /** Undirected edges between rows on the same host; VMs not in {@code rowIds} or not placed are left out. */
    public static EdgeList of(List<String> rowIds, Placement placement) {
        Map<String, List<Integer>> rowsByHost = new TreeMap<>();
        for (int r = 0; r < rowIds.size(); r++) {
            int row = r;
            placement.hostOf(rowIds.get(r)).ifPresent(h -> rowsByHost.computeIfAbsent(h, k -> new ArrayList<>()).add(row));
        }
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> rows : rowsByHost.values()) {
            for (int a = 0; a < rows.size(); a++) {
                for (int b = a + 1; b < rows.size(); b++) {
                    pairs.add(new int[] {Math.min(rows.get(a), rows.get(b)), Math.max(rows.get(a), rows.get(b))});
                }
            }
        }
        int[] source = new int[pairs.size()];
        int[] target = new int[pairs.size()];
        float[] weight = new float[pairs.size()];
        for (int e = 0; e < pairs.size(); e++) {
            source[e] = pairs.get(e)[0];
            target[e] = pairs.get(e)[1];
            weight[e] = 1;
        }
        return new EdgeList(EdgeKind.CO_LOCATION, false, source, target, weight, new boolean[pairs.size()]);
    }
}
