package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host a pair is measured against: the one both VMs run on, else the host of the pair's first
 * (lower) row. Placement changes with every what-if, so a pair apart is scored as if the second VM joined
 * the first. A VM that is not placed counts as being on the pool's largest host.
 */
final class PlacementHosts implements PairHosts {
    private final HostCapacity[] byRow;

    PlacementHosts(InventorySnapshot inventory, List<String> rowIds, double diskCapacityKibps) {
        Map<String, HostCapacity> capacity = new HashMap<>();
        for (Host h : inventory.hosts()) {
            capacity.put(h.id(), HostCapacity.of(h, diskCapacityKibps));
        }
        Host largest = inventory.hosts().stream()
                .max(Comparator.comparingLong(Host::cpuCapacityMhz).thenComparing(Host::id, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalArgumentException("the inventory has no host"));
        byRow = new HostCapacity[rowIds.size()];
        for (int r = 0; r < rowIds.size(); r++) {
            String host = inventory.placement().hostOf(rowIds.get(r)).orElse(largest.id());
            byRow[r] = capacity.get(host);
        }
    }

    @Override
    public HostCapacity shared(int i, int j) {
        return byRow[Math.min(i, j)];
    }
}
