package dev.harmony.engine.planner;

import java.util.Map;
import java.util.Set;

/** Small hand-built hosts and VMs for the solver's tests: one forecast slot, 10 GHz and 64 GiB hosts. */
final class SolverFixtures {
    static final double CPU_MHZ = 10_000;
    static final long MEMORY_MIB = 65_536;

    private SolverFixtures() {
    }

    static HostSlot host(int index, String id) {
        return host(index, id, "zone-a", Set.of(), false);
    }

    static HostSlot host(int index, String id, String zone, Set<String> tags, boolean closed) {
        return HostSlot.empty(index, id, zone, tags, closed, new double[] {CPU_MHZ, MEMORY_MIB * 1024.0, 1_000_000, 250_000},
                MEMORY_MIB, 1);
    }

    /** A VM with a flat CPU demand and no spread, on {@code original}. */
    static VmFacts.Builder vm(String id, HostSlot original) {
        return new VmFacts.Builder(id, original);
    }

    static VmAssignment on(VmFacts facts, HostSlot host) {
        VmAssignment a = new VmAssignment(facts, false);
        a.setHost(host);
        return a;
    }

    static ScoreSettings settings(int maxMoves) {
        return new ScoreSettings(maxMoves, 1000, 1000, 0.7, 100);
    }

    static Map<String, Long> none() {
        return Map.of();
    }
}
