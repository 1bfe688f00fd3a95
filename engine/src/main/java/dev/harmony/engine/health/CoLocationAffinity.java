package dev.harmony.engine.health;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.model.Placement;
import java.util.List;
import java.util.Map;

/**
 * The affinity of the pairs that share a host, as the health index charges it: realized from telemetry
 * ({@link RealizedCoLocationAffinity}) or, once a model is trained, predicted.
 */
public interface CoLocationAffinity {
    /**
     * @param panel          the VMs' demand over the window judged
     * @param placement      where each VM runs; VMs outside the panel are left out
     * @param capacityByHost the capacity of each host that runs a VM of the panel
     * @return one entry per co-located pair that could be scored, VMs in id order
     */
    List<CoLocatedPair> pairs(DemandPanel panel, Placement placement, Map<String, HostCapacity> capacityByHost);
}
