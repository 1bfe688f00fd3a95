package dev.harmony.app.workstation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demand of an inventory's VMs read from a connector over a span, all on the connector's grid.
 *
 * @param demands each VM with telemetry, in inventory order
 * @param start   start of the first interval
 * @param step    interval length
 * @param end     end of the last interval read: the newest moment the slice can judge
 */
record DemandSlice(List<VmDemand> demands, Instant start, Duration step, Instant end) {

    /** Reads [from, to); fails plainly when the connector has no telemetry there. */
    static DemandSlice read(Connector connector, InventorySnapshot inventory, Instant from, Instant to) {
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (Resource r : Resource.values()) {
            metrics.addAll(r.metrics());
        }
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : connector.metrics(new MetricQuery(Set.of(), metrics, from, to))) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        List<VmDemand> demands = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            List<TimeSeries> own = byVm.get(vm.id());
            if (own != null) {
                demands.add(VmDemand.from(vm, own));
            }
        }
        if (demands.isEmpty()) {
            throw new IllegalStateException(connector.name() + " has no telemetry between " + from + " and " + to);
        }
        VmDemand first = demands.get(0);
        int longest = demands.stream().mapToInt(VmDemand::size).max().orElse(0);
        return new DemandSlice(demands, first.start(), first.step(), first.start().plus(first.step().multipliedBy(longest)));
    }

    /** The latest grid instant at or before {@code t}, no later than the end. */
    Instant onGrid(Instant t) {
        Instant capped = t.isAfter(end) ? end : t;
        long steps = Math.floorDiv(Duration.between(start, capped).getSeconds(), step.getSeconds());
        return start.plus(step.multipliedBy(steps));
    }
}
