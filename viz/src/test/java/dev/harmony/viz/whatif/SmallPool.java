package dev.harmony.viz.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.whatif.Baseline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small pool for the view model's tests, which cannot reach the demo lab from this module: three hosts of
 * 16 cores and 128 GiB, nine VMs of 8 GiB in three applications whose CPU peaks at noon, two days of
 * 5-minute demand before {@link #NOW} and two after. The engine's real runner simulates it.
 */
final class SmallPool {
    static final Instant DATA_START = Instant.parse("2024-05-02T00:00:00Z");
    static final Instant NOW = DATA_START.plus(Duration.ofDays(2));

    private SmallPool() {
    }

    static Baseline baseline() {
        List<Host> hosts = new ArrayList<>();
        for (int h = 1; h <= 3; h++) {
            hosts.add(new Host("host-" + h, "host-" + h, "pool", 16, 40_000, 131_072, 10_000, "az-1", Set.of(), false));
        }
        List<VmDemand> demand = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        int steps = 4 * 288;
        for (int v = 0; v < 9; v++) {
            String id = "vm-" + v;
            Vm vm = new Vm(id, id, 4, 10_000, 8192, "", "app-" + (v % 3), Set.of(), "");
            float[][] d = new float[Resource.values().length][steps];
            for (int t = 0; t < steps; t++) {
                double hour = (t % 288) / 12.0;
                d[Resource.CPU.ordinal()][t] = (float) (3000 + 2500 * Math.max(0, Math.cos(2 * Math.PI * (hour - 12) / 24)));
                d[Resource.MEMORY.ordinal()][t] = 6 * 1024 * 1024f;
                d[Resource.DISK.ordinal()][t] = 300;
                d[Resource.NETWORK.ordinal()][t] = 200;
            }
            demand.add(new VmDemand(vm, DATA_START, Duration.ofMinutes(5), d));
            placement.put(id, "host-" + (1 + v % 3));
        }
        return new Baseline("small", NOW, hosts, demand.stream().map(VmDemand::vm).toList(), new Placement(placement), List.of(),
                demand);
    }

    static InventorySnapshot inventory(Baseline b) {
        return new InventorySnapshot(NOW, "test", List.of(new Pool("pool", "Pool", "dc")), b.hosts(), b.vms(), b.placement());
    }
}
