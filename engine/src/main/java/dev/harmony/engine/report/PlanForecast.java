package dev.harmony.engine.report;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.simulation.HostTimeline;
import dev.harmony.engine.simulation.SimulationDemand;
import dev.harmony.engine.simulation.SimulationInput;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulator's view of a plan for a report: the source's recent recorded demand replayed twice, once
 * with each planned VM on the host its move leaves and once on the host it goes to. Both runs start
 * from the plan's own "from" hosts, so the report says the same before and after the plan was executed.
 */
final class PlanForecast {
    /** The two runs and the demand window they replayed. */
    record Result(Instant from, Instant to, HealthOutlook health, List<HostUse> hostUse) {
    }

    private final Simulator simulator;
    private final SimulationOptions options;
    private final Duration history;

    PlanForecast(Simulator simulator, SimulationOptions options, Duration history) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.options = Objects.requireNonNull(options, "options");
        this.history = Objects.requireNonNull(history, "history");
    }

    /** Empty when the source has no recorded demand on one grid for the plan's VMs. */
    Optional<Result> forecast(Connector connector, InventorySnapshot inventory, List<Constraint> rules, MigrationPlan plan) {
        if (!connector.capabilities().contains(Capability.HISTORICAL_METRICS)) {
            return Optional.empty();
        }
        Instant to = connector.now();
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : connector.metrics(MetricQuery.all(to.minus(history), to))) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> before = new HashMap<>(inventory.placement().hostByVm());
        Map<String, String> after = new HashMap<>(before);
        List<Move> moves = plan.movesInOrder();
        for (Move m : moves) {
            after.put(m.vm(), m.to());
        }
        // Last move first, so a VM moved twice ends up where its first move found it.
        for (int i = moves.size() - 1; i >= 0; i--) {
            before.put(moves.get(i).vm(), moves.get(i).from());
        }
        List<VmDemand> demands = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            List<TimeSeries> series = byVm.get(vm.id());
            if (series != null && before.containsKey(vm.id())
                    && series.stream().map(s -> s.start() + "/" + s.step()).distinct().count() == 1) {
                demands.add(VmDemand.from(vm, series));
                vms.add(vm);
            }
        }
        if (demands.isEmpty() || demands.stream().map(d -> d.start() + "/" + d.step()).distinct().count() != 1) {
            return Optional.empty();
        }
        int intervals = demands.stream().mapToInt(VmDemand::size).min().orElse(0);
        if (intervals < 1) {
            return Optional.empty();
        }
        Instant start = demands.get(0).start();
        SimulationDemand demand = SimulationDemand.replay(demands, start, intervals);
        SimulationResult without = run(inventory, vms, before, demand, rules);
        SimulationResult with = run(inventory, vms, after, demand, rules);
        if (without.health().isEmpty() || with.health().isEmpty()) {
            return Optional.empty();
        }
        List<HostUse> use = new ArrayList<>();
        for (HostTimeline h : without.hosts()) {
            HostTimeline a = with.host(h.hostId());
            use.add(new HostUse(h.hostId(), h.meanUtilisation(Resource.CPU), a.meanUtilisation(Resource.CPU),
                    h.meanUtilisation(Resource.MEMORY), a.meanUtilisation(Resource.MEMORY)));
        }
        use.sort(java.util.Comparator.comparing(HostUse::host));
        return Optional.of(new Result(start, demand.end(), new HealthOutlook(series(without), series(with)), use));
    }

    private SimulationResult run(InventorySnapshot inventory, List<Vm> vms, Map<String, String> placement, SimulationDemand demand,
            List<Constraint> rules) {
        Map<String, String> placed = new HashMap<>();
        vms.forEach(v -> placed.put(v.id(), placement.get(v.id())));
        return simulator.run(new SimulationInput(inventory.hosts(), vms, new Placement(placed), demand, List.of(), List.of(), rules,
                options));
    }

    private static HealthSeries series(SimulationResult result) {
        List<Instant> at = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (HealthReport r : result.health()) {
            at.add(r.at());
            values.add(r.pool().index());
        }
        return new HealthSeries(at, values);
    }
}
