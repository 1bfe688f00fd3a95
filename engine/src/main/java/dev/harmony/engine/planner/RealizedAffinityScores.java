package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Predicts each pair's affinity as its realized affinity over a recent window (ADR 0003), measured against
 * the host they would share: the persistence baseline, used when no pair model is trained. Scores are
 * computed in bulk by {@link #prepare} and kept, so the solver and the simulator ask for free.
 */
public final class RealizedAffinityScores implements PredictedAffinity {
    private final DemandPanel panel;
    private final AffinityOptions options;
    private final int threads;
    /** Per capacity of the shared host, the pairs scored so far. */
    private final Map<HostCapacity, PairScoreTable> cache = new ConcurrentHashMap<>();

    /**
     * @param recent  the VMs' measured demand; only the window is read
     * @param window  the window measured, normally the day before the plan
     * @param threads threads for bulk scoring, at least 1
     */
    public RealizedAffinityScores(List<VmDemand> recent, Window window, AffinityOptions options, int threads) {
        if (recent.isEmpty()) {
            throw new IllegalArgumentException("realized affinity needs the recent demand of at least one VM");
        }
        this.panel = DemandPanel.of(recent, Objects.requireNonNull(window, "window"));
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
        int i = panel.indexOf(vmA);
        int j = panel.indexOf(vmB);
        if (i < 0 || j < 0 || i == j) {
            return OptionalDouble.empty();
        }
        PairScoreTable table = table(shared);
        long key = PairScoreTable.key(i, j);
        if (!table.contains(key)) {
            prepare(List.of(new Query(vmA, vmB, shared)));
        }
        float s = table.get(key);
        return Float.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    private PairScoreTable table(HostCapacity shared) {
        return cache.computeIfAbsent(shared, c -> new PairScoreTable());
    }

    @Override
    public void prepare(List<Query> pairs) {
        List<Query> todo = new ArrayList<>();
        for (Query q : pairs) {
            int i = panel.indexOf(q.vmA());
            int j = panel.indexOf(q.vmB());
            if (i >= 0 && j >= 0 && i != j && !table(q.shared()).contains(PairScoreTable.key(i, j))) {
                todo.add(q);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Map<HostCapacity, List<Query>> byCapacity = new java.util.LinkedHashMap<>();
        todo.forEach(q -> byCapacity.computeIfAbsent(q.shared(), c -> new ArrayList<>()).add(q));
        byCapacity.forEach(this::score);
    }

    /** Scores pairs that would share hosts of one capacity, in one batch. */
    private void score(HostCapacity shared, List<Query> todo) {
        int[] first = new int[todo.size()];
        int[] second = new int[todo.size()];
        for (int k = 0; k < todo.size(); k++) {
            first[k] = panel.indexOf(todo.get(k).vmA());
            second[k] = panel.indexOf(todo.get(k).vmB());
        }
        PairScores scores = new AffinityBatch(panel, options, threads)
                .pairs(first, second, PairHosts.same(shared), PairTraffic.none());
        PairScoreTable table = table(shared);
        for (int k = 0; k < todo.size(); k++) {
            table.put(PairScoreTable.key(first[k], second[k]), scores.scored(k) ? scores.score(k) : Float.NaN);
        }
    }

    @Override
    public String name() {
        return "realized affinity of " + panel.window();
    }

}
