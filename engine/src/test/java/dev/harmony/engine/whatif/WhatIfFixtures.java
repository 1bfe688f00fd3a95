package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small baseline: three hosts of 16 cores (40 GHz) and 128 GiB, nine VMs of 8 GiB in three application
 * groups whose CPU peaks at noon, 3 days of 5-minute telemetry before "now" and 2 days after it.
 */
final class WhatIfFixtures {
    static final Instant DATA_START = Instant.parse("2024-05-01T00:00:00Z");
    static final Instant NOW = DATA_START.plus(Duration.ofDays(3));
    static final Duration STEP = Duration.ofMinutes(5);

    private WhatIfFixtures() {
    }

    static Baseline baseline() {
        List<Host> hosts = new ArrayList<>();
        for (int h = 1; h <= 3; h++) {
            hosts.add(new Host("host-" + h, "host-" + h, "pool", 16, 40_000, 131_072, 10_000, "az-1", Set.of(), false));
        }
        List<VmDemand> demand = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        int steps = 5 * 288;
        for (int v = 0; v < 9; v++) {
            String id = "vm-" + v;
            Vm vm = new Vm(id, id, 4, 10_000, 8192, "", "app-" + (v % 3), Set.of(v == 0 ? "pci" : "web"), "");
            float[][] d = new float[Resource.values().length][steps];
            for (int t = 0; t < steps; t++) {
                double hour = (t % 288) / 12.0;
                d[Resource.CPU.ordinal()][t] = (float) (3000 + 2500 * Math.max(0, Math.cos(2 * Math.PI * (hour - 12) / 24)));
                d[Resource.MEMORY.ordinal()][t] = 6 * 1024 * 1024f;
                d[Resource.DISK.ordinal()][t] = 300;
                d[Resource.NETWORK.ordinal()][t] = 200;
            }
            demand.add(new VmDemand(vm, DATA_START, STEP, d));
            placement.put(id, "host-" + (1 + v % 3));
        }
        return new Baseline("test", NOW, hosts, demand.stream().map(VmDemand::vm).toList(), new Placement(placement), List.of(),
                demand);
    }

    /** A replay scenario of one day from NOW with the given changes and migrations, as JSON. */
    static String json(String changes, String migrations) {
        return """
                {"schema": "harmony.scenario/1", "name": "t", "description": "test",
                 "baseline": {"lab": "test", "start": "2024-05-04T00:00:00Z", "horizon": "P1D", "demand": "replay",
                              "health_every": "PT12H"},
                 "changes": [%s], "migrations": [%s]}
                """.formatted(changes, migrations);
    }
}
