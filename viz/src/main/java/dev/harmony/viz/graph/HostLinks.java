package dev.harmony.viz.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * The graph summed by host for the zoomed-out view: for each pair of hosts the number of strong
 * complementary and contending VM pairs between them, for each host those inside it, and its VMs' mean
 * load. The counts depend only on the pairs, threshold and filter, so {@link Cache} keeps them while the
 * view pans and loads change.
 */
final class HostLinks {
    final Map<Long, int[]> between;
    final int[] insidePositive;
    final int[] insideNegative;
    final float[] meanLoad;

    private HostLinks(int hosts) {
        between = new HashMap<>();
        insidePositive = new int[hosts];
        insideNegative = new int[hosts];
        meanLoad = new float[hosts];
    }

    private HostLinks(HostLinks counts, float[] meanLoad) {
        this.between = counts.between;
        this.insidePositive = counts.insidePositive;
        this.insideNegative = counts.insideNegative;
        this.meanLoad = meanLoad;
    }

    /** Keeps the counts of the last scene's pairs, threshold and filter; use it from one thread. */
    static final class Cache {
        private float[] scores;
        private double threshold = Double.NaN;
        private EdgeFilter filter;
        private HostLinks counts;

        HostLinks of(GraphScene s, double newThreshold, EdgeFilter newFilter) {
            if (counts == null || scores != s.edgeScore || threshold != newThreshold || filter != newFilter) {
                counts = HostLinks.of(s, newThreshold, newFilter);
                scores = s.edgeScore;
                threshold = newThreshold;
                filter = newFilter;
                return counts;
            }
            return new HostLinks(counts, meanLoads(s));
        }
    }

    /** Counts the pairs a threshold and filter keep; O(pairs kept + VMs). */
    static HostLinks of(GraphScene s, double threshold, EdgeFilter filter) {
        int hosts = s.hostCount();
        HostLinks links = new HostLinks(hosts);
        int limit = s.edgesAtLeast(threshold);
        for (int e = 0; e < limit; e++) {
            float score = s.edgeScore[e];
            if (!filter.keeps(score)) {
                continue;
            }
            int ha = s.vmHost[s.edgeA[e]];
            int hb = s.vmHost[s.edgeB[e]];
            if (ha == hb) {
                (score < 0 ? links.insideNegative : links.insidePositive)[ha]++;
            } else {
                long key = (long) Math.min(ha, hb) * hosts + Math.max(ha, hb);
                links.between.computeIfAbsent(key, k -> new int[2])[score < 0 ? 1 : 0]++;
            }
        }
        System.arraycopy(meanLoads(s), 0, links.meanLoad, 0, hosts);
        return links;
    }

    private static float[] meanLoads(GraphScene s) {
        float[] mean = new float[s.hostCount()];
        for (int h = 0; h < mean.length; h++) {
            double sum = 0;
            int known = 0;
            for (int v : s.vmsByHost[h]) {
                if (!Float.isNaN(s.load[v])) {
                    sum += s.load[v];
                    known++;
                }
            }
            mean[h] = known == 0 ? Float.NaN : (float) (sum / known);
        }
        return mean;
    }
}
