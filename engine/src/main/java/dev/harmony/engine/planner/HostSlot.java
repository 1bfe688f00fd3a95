package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import java.util.Objects;
import java.util.Set;

/**
 * A host as the solver sees it (a problem fact): capacities, zone, tags, whether it takes VMs, and the
 * load of the VMs the solver may not move, per resource and forecast slot, already summed.
 */
final class HostSlot {
    private static final int R = Resource.values().length;
    private final int index;
    private final String id;
    private final String zone;
    private final Set<String> tags;
    private final boolean closed;
    private final double[] capacity;
    private final long memoryLimitMib;
    private final long baseMemoryMib;
    private final double[][] baseExpected;
    private final double[][] baseSpread2;
    private final HostPressure basePressure;

    /**
     * @param closed        true when the host takes no VM (in maintenance, or entering it within the horizon)
     * @param capacity      per resource ordinal, in the resource's unit
     * @param memoryLimitMib provisioned memory the host may hold
     * @param baseMemoryMib provisioned memory of the fixed VMs on it
     * @param baseExpected  [resource][slot] summed expected demand of the fixed VMs
     * @param baseSpread2   [resource][slot] summed squared P95 spread of the fixed VMs
     */
    HostSlot(int index, String id, String zone, Set<String> tags, boolean closed, double[] capacity, long memoryLimitMib,
             long baseMemoryMib, double[][] baseExpected, double[][] baseSpread2) {
        this.index = index;
        this.id = Objects.requireNonNull(id, "id");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.tags = Set.copyOf(tags);
        this.closed = closed;
        if (capacity.length != R || baseExpected.length != R || baseSpread2.length != R) {
            throw new IllegalArgumentException("host " + id + " needs one capacity and load row per resource");
        }
        this.capacity = capacity.clone();
        this.memoryLimitMib = memoryLimitMib;
        this.baseMemoryMib = baseMemoryMib;
        this.baseExpected = baseExpected;
        this.baseSpread2 = baseSpread2;
        this.basePressure = LoadSum.judge(this, new double[R][slots()], new double[R][slots()], 0);
    }

    /** An idle host with no fixed load over {@code slots} slots, for tests and small problems. */
    static HostSlot empty(int index, String id, String zone, Set<String> tags, boolean closed, double[] capacity,
                          long memoryLimitMib, int slots) {
        return new HostSlot(index, id, zone, tags, closed, capacity, memoryLimitMib, 0, new double[R][slots],
                new double[R][slots]);
    }

    int index() {
        return index;
    }

    String id() {
        return id;
    }

    String zone() {
        return zone;
    }

    boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    boolean closed() {
        return closed;
    }

    double capacity(int resource) {
        return capacity[resource];
    }

    long memoryLimitMib() {
        return memoryLimitMib;
    }

    long baseMemoryMib() {
        return baseMemoryMib;
    }

    int slots() {
        return baseExpected[0].length;
    }

    double baseExpected(int resource, int slot) {
        return baseExpected[resource][slot];
    }

    double baseSpread2(int resource, int slot) {
        return baseSpread2[resource][slot];
    }

    /** The pressure of the fixed VMs alone; the constraints charge only what the placed VMs add to it. */
    HostPressure basePressure() {
        return basePressure;
    }

    @Override
    public String toString() {
        return id;
    }
}
