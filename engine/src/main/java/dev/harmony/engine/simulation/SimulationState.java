package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's mutable state, by index: where each VM runs, the migrations in flight, the memory
 * committed on each host, which hosts are out of service, and the last step's load per host.
 */
final class SimulationState {
    /** A migration under way. */
    record InFlight(int vm, int source, int target, int startStep, double startSecond, double endSecond, MigrationCost cost,
                    MigrationKind kind, java.time.Instant requestedAt) {
    }

    private final List<Host> hosts;
    private final HostCapacity[] capacity;
    private final List<Vm> vms;
    private final Map<String, Integer> vmIndex = new HashMap<>();
    private final Map<String, Integer> hostIndex = new HashMap<>();
    private final SimulationDemand demand;
    private final float[][][] expected;
    private final int[] hostOf;
    private final int[] incoming;
    private final long[] committedMib;
    private final boolean[] outOfService;
    private final boolean[] removed;
    private final int[] sending;
    private final int[] receiving;
    private final double[][] lastLoad;
    private final double memoryFill;
    final List<InFlight> inFlight = new ArrayList<>();

    SimulationState(List<Host> hosts, List<Vm> vms, Map<String, String> placement, SimulationDemand demand,
                    double diskKibps, double memoryFill) {
        this.hosts = hosts;
        this.vms = vms;
        this.demand = demand;
        this.memoryFill = memoryFill;
        this.capacity = new HostCapacity[hosts.size()];
        for (int h = 0; h < hosts.size(); h++) {
            hostIndex.put(hosts.get(h).id(), h);
            Host host = hosts.get(h);
            capacity[h] = new HostCapacity(host.cpuCapacityMhz(), host.memoryMib() * 1024.0, diskKibps,
                    Math.max(1, 2 * host.networkMbps() * 1_000_000.0 / 8 / 1024));
        }
        this.hostOf = new int[vms.size()];
        this.incoming = new int[vms.size()];
        this.expected = new float[vms.size()][][];
        this.committedMib = new long[hosts.size()];
        for (int v = 0; v < vms.size(); v++) {
            vmIndex.put(vms.get(v).id(), v);
            hostOf[v] = hostIndex.get(placement.get(vms.get(v).id()));
            incoming[v] = -1;
            expected[v] = demand.expectedRaw(vms.get(v).id());
            committedMib[hostOf[v]] += vms.get(v).memoryMib();
        }
        this.outOfService = new boolean[hosts.size()];
        this.removed = new boolean[hosts.size()];
        this.sending = new int[hosts.size()];
        this.receiving = new int[hosts.size()];
        this.lastLoad = new double[hosts.size()][Resource.values().length];
        for (int h = 0; h < hosts.size(); h++) {
            outOfService[h] = hosts.get(h).inMaintenance();
        }
    }

    int hostCount() {
        return hosts.size();
    }

    int vmCount() {
        return vms.size();
    }

    Host host(int h) {
        return hosts.get(h);
    }

    Vm vm(int v) {
        return vms.get(v);
    }

    int vmIndex(String id) {
        return vmIndex.getOrDefault(id, -1);
    }

    int hostIndex(String id) {
        return hostIndex.getOrDefault(id, -1);
    }

    HostCapacity capacity(int h) {
        return capacity[h];
    }

    double capacity(int h, Resource r) {
        return capacity[h].of(r);
    }

    float expected(int vm, Resource r, int t) {
        return expected[vm][r.ordinal()][t];
    }

    SimulationDemand demand() {
        return demand;
    }

    int hostOf(int vm) {
        return hostOf[vm];
    }

    /** The target of the VM's migration in flight, or -1. */
    int incomingTo(int vm) {
        return incoming[vm];
    }

    boolean migrating(int vm) {
        return incoming[vm] >= 0;
    }

    boolean outOfService(int h) {
        return outOfService[h];
    }

    boolean removed(int h) {
        return removed[h];
    }

    void setOutOfService(int h, boolean out, boolean remove) {
        outOfService[h] = out;
        removed[h] |= remove;
    }

    boolean hasRoom(int h, int vm) {
        return committedMib[h] + vms.get(vm).memoryMib() <= memoryFill * hosts.get(h).memoryMib();
    }

    /** Whether both hosts can take one more migration. */
    boolean canStart(int source, int target, int maxPerHost) {
        return sending[source] + receiving[source] < maxPerHost && sending[target] + receiving[target] < maxPerHost;
    }

    boolean sendingAny(int h) {
        return sending[h] > 0;
    }

    void start(InFlight m) {
        inFlight.add(m);
        incoming[m.vm()] = m.target();
        committedMib[m.target()] += vms.get(m.vm()).memoryMib();
        sending[m.source()]++;
        receiving[m.target()]++;
    }

    /** Ends a migration: the VM runs on the target, the source releases its memory. */
    void finish(InFlight m) {
        inFlight.remove(m);
        hostOf[m.vm()] = m.target();
        incoming[m.vm()] = -1;
        committedMib[m.source()] -= vms.get(m.vm()).memoryMib();
        sending[m.source()]--;
        receiving[m.target()]--;
    }

    double lastLoad(int h, Resource r) {
        return lastLoad[h][r.ordinal()];
    }

    void setLastLoad(int h, Resource r, double load) {
        lastLoad[h][r.ordinal()] = load;
    }

    /** Where each VM runs now, by id. */
    Map<String, String> placement() {
        Map<String, String> out = new HashMap<>();
        for (int v = 0; v < vms.size(); v++) {
            out.put(vms.get(v).id(), hosts.get(hostOf[v]).id());
        }
        return out;
    }
}
