package dev.harmony.engine.affinity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each term and each resource counts. The negative side (contention) and the positive side
 * (complementarity + communication + sharing) are each at most 1, so the score stays in [-1, 1]
 * without clipping.
 *
 * @param contention      weight of {@link AffinityTerm#CONTENTION}, in [0, 1]
 * @param complementarity weight of {@link AffinityTerm#COMPLEMENTARITY}
 * @param communication   weight of {@link AffinityTerm#COMMUNICATION}
 * @param sharing         weight of {@link AffinityTerm#SHARING}
 * @param resources       relative weight of each resource in the per-resource terms and in activity;
 *                        missing resources weigh 0, the sum must be positive
 */
public record AffinityWeights(double contention, double complementarity, double communication, double sharing,
                              Map<Resource, Double> resources) {
    public AffinityWeights {
        unit(contention, "contention");
        unit(complementarity, "complementarity");
        unit(communication, "communication");
        unit(sharing, "sharing");
        if (complementarity + communication + sharing > 1 + 1e-9) {
            throw new IllegalArgumentException("positive weights must sum to at most 1, were "
                    + (complementarity + communication + sharing));
        }
        EnumMap<Resource, Double> copy = new EnumMap<>(Resource.class);
        double sum = 0;
        for (Resource r : Resource.values()) {
            double w = resources == null ? 0 : resources.getOrDefault(r, 0.0);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight of " + r + " must be finite and non-negative, was " + w);
            }
            copy.put(r, w);
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one resource needs a positive weight");
        }
        resources = Collections.unmodifiableMap(copy);
    }

    /**
     * Contention counts fully; complementarity is the main positive signal, traffic next, sharing a
     * nudge. CPU weighs most because its bursts are what co-located VMs feel first.
     */
    public static AffinityWeights defaults() {
        return new AffinityWeights(1.0, 0.6, 0.3, 0.1, Map.of(
                Resource.CPU, 0.4, Resource.MEMORY, 0.3, Resource.DISK, 0.15, Resource.NETWORK, 0.15));
    }

    public double of(AffinityTerm term) {
        return switch (term) {
            case CONTENTION -> contention;
            case COMPLEMENTARITY -> complementarity;
            case COMMUNICATION -> communication;
            case SHARING -> sharing;
        };
    }

    public double of(Resource resource) {
        return resources.get(resource);
    }

    private static void unit(double w, String what) {
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException(what + " weight must be within [0, 1], was " + w);
        }
    }
}
