package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.AffinityTerm;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realized affinity of pairs per window, each pair scored once per window however many examples read
 * it (a window is a lag of the next few targets and part of the long-run mean of many more). Each
 * window is measured with its own traffic, so a lag score equals the target that window once was.
 * Keeps the most recent windows only. Not thread-safe.
 */
final class WindowScoreCache {
    private static final class Scored {
        final DemandPanel panel;
        final PairTraffic traffic;
        final Map<Long, float[]> byPair = new HashMap<>();

        Scored(DemandPanel panel, PairTraffic traffic) {
            this.panel = panel;
            this.traffic = traffic;
        }
    }

    private final List<VmDemand> demands;
    private final AffinityOptions options;
    private final PairHosts hosts;
    private final TrafficHistory traffic;
    private final int threads;
    private final Map<Instant, Scored> windows;

    WindowScoreCache(List<VmDemand> demands, AffinityOptions options, PairHosts hosts, TrafficHistory traffic,
                     int threads, int keepWindows) {
        this.demands = demands;
        this.options = options;
        this.hosts = hosts;
        this.traffic = traffic;
        this.threads = threads;
        this.windows = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Instant, Scored> eldest) {
                return size() > keepWindows;
            }
        };
    }

    /**
     * Each pair's values in {@link PairColumns} lag order (score, terms, activity, scored flag); all 0 for
     * a pair without enough overlapping telemetry.
     */
    float[][] scores(Window window, int[] first, int[] second) {
        Scored s = scored(window);
        int missing = 0;
        int[] mf = new int[first.length];
        int[] ms = new int[first.length];
        for (int p = 0; p < first.length; p++) {
            if (!s.byPair.containsKey(key(first[p], second[p]))) {
                mf[missing] = first[p];
                ms[missing++] = second[p];
            }
        }
        if (missing > 0) {
            int[] f = java.util.Arrays.copyOf(mf, missing);
            int[] g = java.util.Arrays.copyOf(ms, missing);
            PairScores scores = new AffinityBatch(s.panel, options, threads).pairs(f, g, hosts, s.traffic);
            for (int k = 0; k < missing; k++) {
                s.byPair.put(key(f[k], g[k]), new float[] {scores.score(k), scores.term(k, AffinityTerm.CONTENTION),
                    scores.term(k, AffinityTerm.COMPLEMENTARITY), scores.term(k, AffinityTerm.COMMUNICATION),
                    scores.term(k, AffinityTerm.SHARING), scores.activity(k), scores.scored(k) ? 1 : 0});
            }
        }
        float[][] out = new float[first.length][];
        for (int p = 0; p < first.length; p++) {
            out[p] = s.byPair.get(key(first[p], second[p]));
        }
        return out;
    }

    private Scored scored(Window window) {
        Scored s = windows.get(window.start());
        if (s == null || !s.panel.window().equals(window)) {
            DemandPanel panel = DemandPanel.of(demands, window);
            s = new Scored(panel, PairTraffic.of(panel, traffic.between(window.start(), window.end())));
            windows.put(window.start(), s);
        }
        return s;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
