package dev.harmony.engine.health;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/** Hand-built pools: hosts of 16 cores at 2.5 GHz with 128 GiB, VMs whose CPU follows a given shape. */
final class HealthFixtures {
    static final Instant DAY_START = Instant.parse("2024-03-04T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    static final int DAY = 288;
    static final long HOST_MHZ = 40_000;
    static final long HOST_MIB = 131_072;

    private HealthFixtures() {
    }

    static Host host(String id) {
        return new Host(id, id, "pool", 16, HOST_MHZ, HOST_MIB, 10_000, "az-1", Set.of(), false);
    }

    static Vm vm(String id) {
        return new Vm(id, id, 4, 10_000, 8192, "", "", Set.of(), "");
    }

    /** A VM whose CPU demand in MHz at interval t is {@code cpu(t)}, with 4 GiB of memory in use and a little I/O. */
    static VmDemand demand(String id, IntToDoubleFunction cpu) {
        float[][] d = new float[Resource.values().length][DAY];
        for (int t = 0; t < DAY; t++) {
            d[Resource.CPU.ordinal()][t] = (float) cpu.applyAsDouble(t);
            d[Resource.MEMORY.ordinal()][t] = 4 * 1024 * 1024f;
            d[Resource.DISK.ordinal()][t] = 100;
            d[Resource.NETWORK.ordinal()][t] = 50;
        }
        return new VmDemand(vm(id), DAY_START, STEP, d);
    }

    /** A burst to {@code peak} MHz from 10:00 to 12:00 (or 22:00 to 24:00 when {@code late}), 200 MHz otherwise. */
    static IntToDoubleFunction burst(double peak, boolean late) {
        int from = late ? 22 * 12 : 10 * 12;
        return t -> t >= from && t < from + 24 ? peak : 200;
    }

    static DemandPanel panel(List<VmDemand> demands) {
        return DemandPanel.of(demands, Window.of(DAY_START, Duration.ofDays(1)));
    }

    /** The health of a pool judged on one observed day, realized affinity included. */
    static HealthReport assessObserved(List<Host> hosts, Placement placement, List<VmDemand> demands) {
        HealthOptions options = HealthOptions.defaults();
        HealthInputBuilder builder = new HealthInputBuilder(options,
                new RealizedCoLocationAffinity(AffinityOptions.defaults(), options, 1));
        HealthInput input = builder.build(DAY_START.plus(Duration.ofDays(1)), hosts, placement, Optional.of(panel(demands)), List.of());
        return new WeightedHealthIndex(options).assess(input);
    }

    /** A host load whose every interval is {@code cpuShare} of the host's CPU and {@code memShare} of its memory. */
    static LoadSeries flatLoad(double cpuShare, double memShare, double p95Extra) {
        float[][] expected = new float[Resource.values().length][DAY];
        float[][] p95 = new float[Resource.values().length][DAY];
        Arrays.fill(expected[Resource.CPU.ordinal()], (float) (cpuShare * HOST_MHZ));
        Arrays.fill(expected[Resource.MEMORY.ordinal()], (float) (memShare * HOST_MIB * 1024));
        for (int r = 0; r < expected.length; r++) {
            for (int t = 0; t < DAY; t++) {
                p95[r][t] = expected[r][t] * (float) (1 + p95Extra);
            }
        }
        return new LoadSeries(DAY_START, STEP, expected, p95);
    }
}
