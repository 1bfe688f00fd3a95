package dev.harmony.engine.affinity.predict;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;

import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.TrafficEstimate;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hand-made pool for windowing tests: six VMs on two 8-core hosts over a number of days. VMs a and b
 * burst together every morning on host h1, c bursts in the evening beside them, d, e and f idle on h2;
 * a and c exchange traffic.
 */
final class SyntheticPool {
    static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f");

    private SyntheticPool() {
    }

    static Host host(String id) {
        return new Host(id, id, "pool", 8, 8 * 2600, 64 * 1024, 1000, "z1", Set.of(), false);
    }

    static InventorySnapshot inventory() {
        List<Vm> vms = IDS.stream().map(SyntheticDemand::vm).toList();
        Map<String, String> placement = new TreeMap<>(Map.of("a", "h1", "b", "h1", "c", "h1", "d", "h2", "e", "h2", "f", "h2"));
        return new InventorySnapshot(SyntheticDemand.START, "test", List.of(new Pool("pool", "pool", "dc")),
                List.of(host("h1"), host("h2")), vms, new Placement(placement));
    }

    /** The demand of each VM over {@code days} days, in {@link #IDS} order. */
    static List<float[]> cpu(int days) {
        List<float[]> cpu = new ArrayList<>();
        cpu.add(SyntheticDemand.daily(days, DAY / 4, 0, 300, 4500));
        cpu.add(SyntheticDemand.daily(days, DAY / 4, 0, 300, 4200));
        cpu.add(SyntheticDemand.daily(days, DAY / 4, DAY / 2, 300, 4000));
        cpu.add(SyntheticDemand.constant(days * DAY, 50));
        cpu.add(SyntheticDemand.constant(days * DAY, 60));
        cpu.add(SyntheticDemand.daily(days, DAY / 8, DAY / 3, 50, 200));
        return cpu;
    }

    static PoolHistory history(List<float[]> cpu, TrafficHistory traffic) {
        InventorySnapshot inventory = inventory();
        List<VmDemand> demands = new ArrayList<>();
        for (int v = 0; v < IDS.size(); v++) {
            demands.add(SyntheticDemand.cpu(inventory.vms().get(v), cpu.get(v)));
        }
        return new PoolHistory(inventory, demands, traffic);
    }

    /** Traffic between a and c at a constant rate, whatever range is asked. */
    static TrafficHistory steadyTraffic(double kibps) {
        return (from, to) -> List.of(new TrafficEstimate("a", "c", kibps, true, "test"));
    }

    static WindowingOptions options() {
        return WindowingOptions.defaults().withThreads(1);
    }

    static Duration day() {
        return Duration.ofDays(1);
    }
}
