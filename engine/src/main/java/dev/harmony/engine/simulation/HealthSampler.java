package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.health.CoLocationAffinity;
import dev.harmony.engine.health.HealthIndex;
import dev.harmony.engine.health.HealthInput;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.HostHealthInput;
import dev.harmony.engine.health.LoadSeries;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health index over each window of a finished run. Within the simulation the expected path stands
 * for what "happens" (realized contention) and the P95 path for what may (headroom and predicted
 * contention); for a replayed trace the two are the same. Pairs and hosts are those of the placement at
 * the window's end; a host out of service counts only while it still runs VMs.
 */
final class HealthSampler {
    private final HealthIndex index;
    private final CoLocationAffinity affinity;

    HealthSampler(HealthIndex index, CoLocationAffinity affinity) {
        this.index = index;
        this.affinity = affinity;
    }

    List<HealthReport> sample(SimulationRun run, int windowSteps, int steps) {
        SimulationState state = run.state();
        SimulationDemand demand = state.demand();
        List<HealthReport> reports = new ArrayList<>();
        for (int from = 0; from < steps; from += windowSteps) {
            int to = Math.min(steps, from + windowSteps);
            Map<String, String> placement = run.placementAtStep.get(to);
            Instant at = demand.start().plus(demand.step().multipliedBy(from));
            List<HostHealthInput> hosts = new ArrayList<>();
            Map<String, HostCapacity> capacity = new HashMap<>();
            for (int h = 0; h < state.hostCount(); h++) {
                String id = state.host(h).id();
                boolean empty = !placement.containsValue(id);
                if (empty && run.outOfServiceAt(h, at.plus(demand.step().multipliedBy(to - from - 1)))) {
                    continue;
                }
                LoadSeries load = new LoadSeries(at, demand.step(), run.expectedSlice(h, from, to),
                        run.p95Slice(h, from, to));
                LoadSeries measured = LoadSeries.measured(at, demand.step(), run.expectedSlice(h, from, to));
                hosts.add(new HostHealthInput(id, state.capacity(h), Optional.of(measured), Optional.of(load)));
                capacity.put(id, state.capacity(h));
            }
            if (hosts.isEmpty()) {
                continue;
            }
            List<VmDemand> vms = new ArrayList<>();
            for (int v = 0; v < state.vmCount(); v++) {
                Vm vm = state.vm(v);
                float[][] slice = new float[Resource.values().length][];
                for (Resource r : Resource.values()) {
                    slice[r.ordinal()] = demand.expectedSlice(vm.id(), r, from, to);
                }
                vms.add(new VmDemand(vm, at, demand.step(), slice));
            }
            DemandPanel panel = DemandPanel.of(vms, Window.of(at, demand.step().multipliedBy(to - from)));
            Placement where = new Placement(placement);
            reports.add(index.assess(new HealthInput(at, hosts, placement, affinity.pairs(panel, where, capacity))));
        }
        return reports;
    }
}
