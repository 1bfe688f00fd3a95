package dev.harmony.engine.execution;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.plan.Move;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a pre-flight check looks at: the connector's inventory and rules as read now, plus the moves
 * this executor has in flight (they hold memory on their targets until they end).
 *
 * @param inventory hosts, VMs and placement as the connector reports them
 * @param rules     the connector's rules, maintenance included
 * @param inFlight  target host of each VM being moved by this executor
 */
public record ClusterState(InventorySnapshot inventory, List<Constraint> rules, Map<String, String> inFlight) {
    public ClusterState {
        Objects.requireNonNull(inventory, "inventory");
        rules = List.copyOf(rules);
        inFlight = java.util.Collections.unmodifiableMap(new TreeMap<>(inFlight));
    }

    /** Reads the connector's current state. */
    public static ClusterState read(Connector connector, Map<String, String> inFlight) {
        return new ClusterState(connector.inventory(), connector.constraints(), inFlight);
    }

    /** The state after the move, as a dry run assumes it: the VM on its target. */
    public ClusterState after(Move move) {
        return new ClusterState(inventory.withPlacement(inventory.takenAt(), inventory.placement().with(move.vm(), move.to())),
                rules, inFlight);
    }

    public Optional<String> hostOf(String vmId) {
        return inventory.placement().hostOf(vmId);
    }

    /** Memory (MiB) of the VMs on the host plus that of VMs in flight to it. */
    public long committedMemoryMib(String hostId) {
        Map<String, Long> memory = new java.util.HashMap<>();
        inventory.vms().forEach(v -> memory.put(v.id(), v.memoryMib()));
        long placed = inventory.placement().vmsOn(hostId).stream().mapToLong(vm -> memory.getOrDefault(vm, 0L)).sum();
        long arriving = inFlight.entrySet().stream()
                .filter(e -> e.getValue().equals(hostId) && !hostId.equals(hostOf(e.getKey()).orElse(null)))
                .mapToLong(e -> memory.getOrDefault(e.getKey(), 0L)).sum();
        return placed + arriving;
    }

    /** Whether the VM runs on the host or is in flight to it. */
    public boolean isOnOrHeadingTo(String vmId, String hostId) {
        return hostId.equals(hostOf(vmId).orElse(null)) || hostId.equals(inFlight.get(vmId));
    }
}
