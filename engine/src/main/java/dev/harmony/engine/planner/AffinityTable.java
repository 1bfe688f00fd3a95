package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.HostCapacity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Predicted affinities given as a table, e.g. a trained pair model's output for the next window; pairs
 * the table lacks are asked of a fallback (realized scores), so a partial model still plans everywhere.
 */
public final class AffinityTable implements PredictedAffinity {
    private final String name;
    private final Map<String, Double> byPair;
    private final PredictedAffinity fallback;

    /**
     * @param name     what the table holds, e.g. {@code gnn}
     * @param byPair   scores keyed by {@link #key(String, String)}, each within [-1, 1]
     * @param fallback asked for the pairs the table lacks
     */
    public AffinityTable(String name, Map<String, Double> byPair, PredictedAffinity fallback) {
        this.name = Objects.requireNonNull(name, "name");
        this.byPair = new HashMap<>(byPair);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.byPair.forEach((k, v) -> {
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("affinity of " + k + " must be within [-1, 1], was " + v);
            }
        });
    }

    /** The same table asking another fallback, e.g. the history mean of a later plan. */
    public AffinityTable withFallback(PredictedAffinity other) {
        return new AffinityTable(name, byPair, other);
    }

    /** The key of a pair, the same whichever VM comes first. */
    public static String key(String vmA, String vmB) {
        return vmA.compareTo(vmB) < 0 ? vmA + "+" + vmB : vmB + "+" + vmA;
    }

    @Override
    public OptionalDouble score(String vmA, String vmB, HostCapacity shared) {
        Double s = byPair.get(key(vmA, vmB));
        return s != null ? OptionalDouble.of(s) : fallback.score(vmA, vmB, shared);
    }

    @Override
    public void prepare(List<Query> pairs) {
        fallback.prepare(pairs.stream().filter(q -> !byPair.containsKey(key(q.vmA(), q.vmB()))).toList());
    }

    @Override
    public String name() {
        return name + " (else " + fallback.name() + ")";
    }
}
