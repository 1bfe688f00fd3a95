package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/** Small pools for simulator tests: hosts of 40 GHz and 128 GiB on a 1 Gbit/s link, VMs of 16 GiB. */
final class SimulationFixtures {
    static final Instant START = Instant.parse("2024-05-06T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(5);
    static final long HOST_MHZ = 40_000;

    private SimulationFixtures() {
    }

    static Host host(String id) {
        return new Host(id, id, "pool", 16, HOST_MHZ, 131_072, 1_000, "az-1", Set.of(), false);
    }

    static Vm vm(String id) {
        return new Vm(id, id, 4, 10_000, 16_384, "", "", Set.of(), "");
    }

    /** A VM's demand over {@code steps}: CPU in MHz from the function, 8 GiB of memory in use, a little I/O. */
    static VmDemand demand(String id, int steps, IntToDoubleFunction cpu) {
        float[][] d = new float[Resource.values().length][steps];
        for (int t = 0; t < steps; t++) {
            d[Resource.CPU.ordinal()][t] = (float) cpu.applyAsDouble(t);
        }
        Arrays.fill(d[Resource.MEMORY.ordinal()], 8 * 1024 * 1024f);
        Arrays.fill(d[Resource.DISK.ordinal()], 200);
        Arrays.fill(d[Resource.NETWORK.ordinal()], 100);
        return new VmDemand(vm(id), START, STEP, d);
    }

    static Instant at(int step) {
        return START.plus(STEP.multipliedBy(step));
    }
}
