package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.HostCapacity;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The affinity two VMs are predicted to have over the plan's horizon if they share a host. Fed by a
 * trained pair model where there is one ({@link AffinityTable}), or by the realized affinity of the
 * recent past, "tomorrow like today" ({@link RealizedAffinityScores}), where there is not.
 */
public interface PredictedAffinity {
    /** A pair the planner will ask about, with the capacity of the host they would share. */
    record Query(String vmA, String vmB, HostCapacity shared) {
    }

    /**
     * @return the predicted affinity in [-1, 1], empty when the source cannot tell (no data, no model)
     */
    OptionalDouble score(String vmA, String vmB, HostCapacity shared);

    /** Scores many pairs ahead of the questions, for sources that do better in bulk; by default nothing. */
    default void prepare(List<Query> pairs) {
    }

    /** What the scores come from, named in plans' reasons, e.g. {@code realized (last 24 h)}. */
    String name();
}
