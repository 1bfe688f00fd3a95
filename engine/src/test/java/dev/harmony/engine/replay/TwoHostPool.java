package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * A hand-built pool for replays: two hosts of 16 GHz, three VMs on h1 and one on h2, three days of 5-minute
 * steps from 2013-07-01, the third day replayed. The three VMs on h1 use 6 GHz each in the steps {@code busy}
 * picks (18 GHz of 16) and 0.5 GHz otherwise. {@link #thirdDay} builds other pools over the same three days.
 */
final class TwoHostPool {
    static final Instant START = Instant.parse("2013-07-01T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    static final int DAY = 288;

    private TwoHostPool() {
    }

    static ReplayInput build(IntPredicate busy) {
        List<Host> hosts = List.of(
                new Host("h1", "h1", "p", 8, 16_000, 65_536, 10_000, "z", Set.of(), false),
                new Host("h2", "h2", "p", 8, 16_000, 65_536, 10_000, "z", Set.of(), false));
        Map<Vm, String> placement = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            placement.put(new Vm("v" + i, "v" + i, 4, 8_000, 8192, "", "", Set.of(), ""), i < 3 ? "h1" : "h2");
        }
        return thirdDay(hosts, placement, (vm, t) -> !vm.id().equals("v3") && busy.test(t) ? 6_000 : 500, 2_000_000);
    }

    /**
     * Three days of flat demand from {@link #START} (memory in KiB, CPU in MHz per VM and step, a little disk and
     * network), the third day replayed.
     */
    static ReplayInput thirdDay(List<Host> hosts, Map<Vm, String> placement, ToDoubleBiFunction<Vm, Integer> cpu,
                                float memoryKib) {
        List<VmDemand> demand = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        placement.forEach((vm, host) -> {
            where.put(vm.id(), host);
            float[][] d = new float[Resource.values().length][3 * DAY];
            for (int t = 0; t < 3 * DAY; t++) {
                d[Resource.CPU.ordinal()][t] = (float) cpu.applyAsDouble(vm, t);
                d[Resource.MEMORY.ordinal()][t] = memoryKib;
                d[Resource.DISK.ordinal()][t] = 100;
                d[Resource.NETWORK.ordinal()][t] = 100;
            }
            demand.add(new VmDemand(vm, START, STEP, d));
        });
        return new ReplayInput("lab:test", hosts, List.copyOf(placement.keySet()), new Placement(where), List.of(), demand,
                START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(3)));
    }
}
