package dev.harmony.engine.affinity;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.Optional;

/** Measures the realized affinity of one pair of VMs over a past window, from telemetry only. */
public interface AffinityMeasure {
    /**
     * @param a       one VM's demand
     * @param b       the other's; the result is the same with {@code a} and {@code b} swapped
     * @param shared  the host they share, or would share
     * @param window  the window, starting on both VMs' grid
     * @param traffic the pair's traffic over the window, when known
     * @return a score with its breakdown, or {@link PairAffinity.Insufficient} when too few intervals overlap
     */
    PairAffinity measure(VmDemand a, VmDemand b, HostCapacity shared, Window window, Optional<TrafficEstimate> traffic);
}
