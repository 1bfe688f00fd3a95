package dev.harmony.engine.affinity;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Realized affinity as {@code docs/decisions/0003-realized-affinity.md} defines it. For many pairs over
 * one window use {@link AffinityBatch}, which computes each VM's statistics once.
 */
public final class RealizedAffinity implements AffinityMeasure {
    private final AffinityOptions options;

    public RealizedAffinity(AffinityOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public AffinityOptions options() {
        return options;
    }

    @Override
    public PairAffinity measure(VmDemand a, VmDemand b, HostCapacity shared, Window window,
                                Optional<TrafficEstimate> traffic) {
        if (a.vmId().equals(b.vmId())) {
            throw new IllegalArgumentException("a VM has no affinity with itself: " + a.vmId());
        }
        DemandPanel panel = DemandPanel.of(List.of(a, b), window);
        return new PairScorer(panel, options).score(0, 1, shared, traffic.orElse(null));
    }
}
