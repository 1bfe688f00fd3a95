package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.features.FeatureMatrix;
import dev.harmony.engine.model.TrafficEstimate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pair signals read from the window just before the target: the Pearson correlation of CPU demand,
 * the cosine of the hour-of-day profiles and the pair's traffic.
 */
final class PastSignals {
    private final float[][] cpu;
    private final int minOverlap;
    private final FeatureMatrix profiles;
    private final Map<Long, TrafficEstimate> traffic = new HashMap<>();

    PastSignals(DemandPanel last, int minOverlap, FeatureMatrix profiles, List<String> rowIds,
                Collection<TrafficEstimate> pastTraffic) {
        this.cpu = new float[last.size()][];
        for (int i = 0; i < last.size(); i++) {
            cpu[i] = last.values(i, Resource.CPU);
        }
        this.minOverlap = minOverlap;
        this.profiles = profiles;
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 0; r < rowIds.size(); r++) {
            rows.put(rowIds.get(r), r);
        }
        for (TrafficEstimate t : pastTraffic) {
            Integer a = rows.get(t.vmA());
            Integer b = rows.get(t.vmB());
            if (a != null && b != null) {
                traffic.put(key(a, b), t);
            }
        }
    }

    /** Pearson correlation of the two CPU series where both were measured; NaN when too few or constant. */
    double cpuPearson(int i, int j) {
        float[] a = cpu[i];
        float[] b = cpu[j];
        int n = 0;
        double sa = 0;
        double sb = 0;
        for (int t = 0; t < a.length; t++) {
            if (!Float.isNaN(a[t]) && !Float.isNaN(b[t])) {
                n++;
                sa += a[t];
                sb += b[t];
            }
        }
        if (n < minOverlap) {
            return Double.NaN;
        }
        double ma = sa / n;
        double mb = sb / n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int t = 0; t < a.length; t++) {
            if (!Float.isNaN(a[t]) && !Float.isNaN(b[t])) {
                cov += (a[t] - ma) * (b[t] - mb);
                va += (a[t] - ma) * (a[t] - ma);
                vb += (b[t] - mb) * (b[t] - mb);
            }
        }
        // A flat series has no correlation to speak of; relative floor so rounding noise does not count.
        if (va <= 1e-12 * Math.max(1, ma * ma * n) || vb <= 1e-12 * Math.max(1, mb * mb * n)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(va * vb)));
    }

    /** Cosine of the two profiles (each sums to 1, so the value lies in [0, 1]). */
    double profileCosine(int i, int j) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int c = 0; c < profiles.cols(); c++) {
            double x = profiles.get(i, c);
            double y = profiles.get(j, c);
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
    }

    /** The pair's traffic over the last window, or null when none is known. */
    TrafficEstimate traffic(int i, int j) {
        return traffic.get(key(i, j));
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
