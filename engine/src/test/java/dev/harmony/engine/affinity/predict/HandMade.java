package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.features.CandidatePairs;
import dev.harmony.engine.affinity.features.FeatureMatrix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Examples written out by hand: pair p joins VM 0 and VM p+1; unnamed pair columns are 0. */
final class HandMade {
    static final int LAGS = 3;

    private HandMade() {
    }

    static Window day(int index) {
        return Window.of(SyntheticDemand.START.plus(Duration.ofDays(index)), Duration.ofDays(1));
    }

    /** All pairs have a target. */
    static WindowExample example(int day, Map<String, float[]> columns, float[] targets) {
        boolean[] has = new boolean[targets.length];
        Arrays.fill(has, true);
        return example(day, columns, targets, has);
    }

    static WindowExample example(int day, Map<String, float[]> columns, float[] targets, boolean[] hasTarget) {
        int n = targets.length;
        List<String> names = PairColumns.names(LAGS);
        float[] values = new float[n * names.size()];
        columns.forEach((name, v) -> {
            int c = names.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + name);
            }
            for (int p = 0; p < n; p++) {
                values[p * names.size() + c] = v[p];
            }
        });
        boolean[] cold = new boolean[n];
        for (int p = 0; p < n; p++) {
            cold[p] = true;
            for (int w = 1; w <= LAGS; w++) {
                cold[p] &= values[p * names.size() + PairColumns.lag(w, PairColumns.SCORED)] == 0;
            }
        }
        List<String> vms = new ArrayList<>();
        List<String> pairIds = new ArrayList<>();
        int[] first = new int[n];
        int[] second = new int[n];
        vms.add("v0");
        for (int p = 0; p < n; p++) {
            vms.add("v" + (p + 1));
            pairIds.add("v0|v" + (p + 1));
            second[p] = p + 1;
        }
        float[] node = new float[vms.size()];
        for (int v = 0; v < node.length; v++) {
            node[v] = v;
        }
        return new WindowExample(day(day), vms, new FeatureMatrix(vms, List.of("x"), node), new CandidatePairs(first, second),
                new FeatureMatrix(pairIds, names, values), targets, hasTarget, cold);
    }

    static float[] ones(int n) {
        float[] v = new float[n];
        Arrays.fill(v, 1);
        return v;
    }
}
