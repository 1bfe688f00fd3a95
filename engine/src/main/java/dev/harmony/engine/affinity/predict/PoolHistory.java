package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the windowing reads: the inventory (hosts, VMs, placement), each measured VM's demand on one
 * grid, and the traffic the connector knows. Rows of every example follow {@link #demands()}.
 *
 * @param inventory the pool's hosts, VMs and placement
 * @param demands   the demand of each VM that has telemetry, in inventory order, all on one grid
 * @param traffic   pairwise traffic by time range
 */
public record PoolHistory(InventorySnapshot inventory, List<VmDemand> demands, TrafficHistory traffic) {
    public PoolHistory {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(traffic, "traffic");
        demands = List.copyOf(demands);
        if (demands.size() < 2) {
            throw new IllegalArgumentException("affinity needs at least two VMs with telemetry; the pool has "
                    + demands.size());
        }
        if (inventory.hosts().isEmpty()) {
            throw new IllegalArgumentException("the inventory has no host to measure pairs against");
        }
        VmDemand first = demands.get(0);
        Set<String> ids = new HashSet<>();
        for (VmDemand d : demands) {
            if (!d.start().equals(first.start()) || !d.step().equals(first.step())) {
                throw new IllegalArgumentException("VM " + d.vmId() + " is on another grid (" + d.start() + ", " + d.step()
                        + ") than " + first.vmId() + " (" + first.start() + ", " + first.step() + ")");
            }
            if (!ids.add(d.vmId())) {
                throw new IllegalArgumentException("VM " + d.vmId() + " appears twice");
            }
        }
    }

    /**
     * The history of the inventory's VMs from their stored series. VMs without any series are left out
     * (they have no demand to learn from); series of VMs outside the inventory are ignored.
     */
    public static PoolHistory of(InventorySnapshot inventory, Collection<TimeSeries> series, TrafficHistory traffic) {
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : series) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        List<VmDemand> demands = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            List<TimeSeries> own = byVm.get(vm.id());
            if (own != null) {
                demands.add(VmDemand.from(vm, own));
            }
        }
        return new PoolHistory(inventory, demands, traffic);
    }

    /** Start of the first interval. */
    public Instant start() {
        return demands.get(0).start();
    }

    /** End of the longest series. */
    public Instant end() {
        int longest = demands.stream().mapToInt(VmDemand::size).max().orElse(0);
        return start().plus(step().multipliedBy(longest));
    }

    public Duration step() {
        return demands.get(0).step();
    }

    /** The VM ids in row order. */
    public List<String> vmIds() {
        return demands.stream().map(VmDemand::vmId).toList();
    }
}
