package dev.harmony.connectors.openstack.inventory;

import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Hypervisor;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.PlacementApi;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every hypervisor with its capacity and usage: from {@code os-hypervisors/detail} up to
 * microversion 2.87, from Placement (the compute node's resource provider) from 2.88 on, where
 * Nova no longer reports them.
 */
public final class HypervisorReader {
    private final ComputeApi compute;
    private final PlacementApi placement;

    public HypervisorReader(ComputeApi compute, PlacementApi placement) {
        this.compute = compute;
        this.placement = placement;
    }

    public List<Hypervisor> read() {
        Microversion mv = compute.use(Ladders.HYPERVISORS);
        List<Hypervisor> all = new ArrayList<>();
        compute.list("listing hypervisors", "/os-hypervisors/detail", "hypervisors", mv).forEach(h -> {
            Hypervisor hypervisor = Hypervisor.parse(h, mv);
            all.add(hypervisor.resources().isPresent() ? hypervisor : hypervisor.withResources(placement.resources(hypervisor.id(), -1)));
        });
        return all;
    }
}
