package dev.harmony.engine.affinity.features;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.AffinityTerm;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Per-pair features of the {@code W} windows before a given one: for lag {@code w = 1..W} (the window
 * {@code w} lengths back), the realized score, each term, activity and whether the pair was scored at
 * all. A pair without enough data in a window has 0 everywhere and {@code scored = 0} for that lag, so
 * a model can mask it.
 */
public final class PairHistory {
    private static final String[] PARTS = {"score", "contention", "complementarity", "communication", "sharing",
        "activity", "scored"};

    private final AffinityOptions options;
    private final int windows;
    private final int threads;

    public PairHistory(AffinityOptions options, int windows, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        if (windows < 1 || threads < 1) {
            throw new IllegalArgumentException("windows and threads must be at least 1, were " + windows + ", " + threads);
        }
        this.windows = windows;
        this.threads = threads;
    }

    /** Column names, lag by lag: {@code w-1.score}, {@code w-1.contention}, …, {@code w-W.scored}. */
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (int w = 1; w <= windows; w++) {
            for (String part : PARTS) {
                names.add(String.format(Locale.ROOT, "w-%d.%s", w, part));
            }
        }
        return names;
    }

    /**
     * @param demands rows of every window's panel, in this order (the order the pairs refer to)
     * @param current the window to predict; only the windows before it are read
     * @param traffic traffic between rows, taken as the same in every past window
     */
    public PairFeatures of(List<VmDemand> demands, Window current, CandidatePairs pairs, PairHosts hosts, PairTraffic traffic) {
        int cols = PARTS.length * windows;
        float[] values = new float[pairs.size() * cols];
        int[] first = pairs.first();
        int[] second = pairs.second();
        Window window = current;
        for (int w = 0; w < windows; w++) {
            window = window.previous();
            DemandPanel panel = DemandPanel.of(demands, window);
            PairScores scores = new AffinityBatch(panel, options, threads).pairs(first, second, hosts, traffic);
            for (int p = 0; p < pairs.size(); p++) {
                int c = p * cols + w * PARTS.length;
                values[c] = scores.score(p);
                values[c + 1] = scores.term(p, AffinityTerm.CONTENTION);
                values[c + 2] = scores.term(p, AffinityTerm.COMPLEMENTARITY);
                values[c + 3] = scores.term(p, AffinityTerm.COMMUNICATION);
                values[c + 4] = scores.term(p, AffinityTerm.SHARING);
                values[c + 5] = scores.activity(p);
                values[c + 6] = scores.scored(p) ? 1 : 0;
            }
        }
        List<String> ids = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            ids.add(demands.get(first[p]).vmId() + "|" + demands.get(second[p]).vmId());
        }
        return new PairFeatures(pairs, new FeatureMatrix(ids, columns(), values));
    }
}
