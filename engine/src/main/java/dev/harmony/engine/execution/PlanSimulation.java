package dev.harmony.engine.execution;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.simulation.MigrationOutcome;
import dev.harmony.engine.simulation.PlannedMigration;
import dev.harmony.engine.simulation.ReactivePolicy;
import dev.harmony.engine.simulation.SimulationDemand;
import dev.harmony.engine.simulation.SimulationInput;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.Simulator;
import dev.harmony.engine.simulation.StepSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulator predicts for the moves a dry run would start: each VM's recent recorded demand
 * replayed (the connector serves no future), once as it is and once with the moves started at the
 * beginning in plan order, so the two runs give each move's duration and stun and the pool's health and
 * contention without and with the plan. The reactive balancer is off: only the plan moves VMs.
 */
public final class PlanSimulation {
    /** What the simulator says of one move. */
    public record MoveForecast(String moveId, boolean completes, Duration duration, Duration stun, String note) {
        public MoveForecast {
            Objects.requireNonNull(moveId, "moveId");
            note = note == null ? "" : note;
        }
    }

    /**
     * The prediction.
     *
     * @param demandFrom       start of the replayed demand (the connector's recent past)
     * @param demandTo         its end
     * @param healthBefore     mean pool health index over the window without the moves
     * @param healthAfter      the same with the moves
     * @param contentionBefore contention events without the moves
     * @param contentionAfter  contention events with them
     * @param moves            one forecast per simulated move, in plan order
     */
    public record Forecast(Instant demandFrom, Instant demandTo, double healthBefore, double healthAfter, int contentionBefore,
            int contentionAfter, List<MoveForecast> moves) {
        public Forecast {
            moves = List.copyOf(moves);
        }
    }

    private final Simulator simulator;
    private final SimulationOptions options;
    private final Duration history;

    /** @param history how much recent demand to replay; at least one hour, as health is assessed hourly */
    public PlanSimulation(Simulator simulator, SimulationOptions options, Duration history) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.options = Objects.requireNonNull(options, "options");
        if (history == null || history.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("history must be at least one hour, was " + history);
        }
        this.history = history;
    }

    /** The standard simulator over six hours of recent demand, health hourly, no reactive balancer. */
    public static PlanSimulation standard() {
        SimulationOptions options = SimulationOptions.defaults().withReactive(ReactivePolicy.off()).withHealthEvery(Duration.ofHours(1));
        return new PlanSimulation(StepSimulator.standard(options), options, Duration.ofHours(6));
    }

    /**
     * @param state the connector's state the moves start from
     * @param moves the moves that passed pre-flight, in plan order
     * @return empty when the connector has no recorded demand to replay
     */
    public Optional<Forecast> forecast(Connector connector, ClusterState state, List<Move> moves) {
        if (!connector.capabilities().contains(Capability.HISTORICAL_METRICS)) {
            return Optional.empty();
        }
        Instant to = connector.now();
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : connector.metrics(MetricQuery.all(to.minus(history), to))) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        List<VmDemand> demands = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        Map<String, String> placed = new HashMap<>();
        for (Vm vm : state.inventory().vms()) {
            List<TimeSeries> series = byVm.get(vm.id());
            Optional<String> host = state.hostOf(vm.id());
            if (series != null && host.isPresent() && sameGrid(series)) {
                demands.add(VmDemand.from(vm, series));
                vms.add(vm);
                placed.put(vm.id(), host.get());
            }
        }
        if (demands.isEmpty() || !sameGrid(demands)) {
            return Optional.empty();
        }
        Instant start = demands.get(0).start();
        int intervals = demands.stream().mapToInt(VmDemand::size).min().orElse(0);
        if (intervals < 1) {
            return Optional.empty();
        }
        SimulationDemand demand = SimulationDemand.replay(demands, start, intervals);
        Set<String> simulated = placed.keySet();
        SimulationResult before = simulator.run(input(state, vms, placed, demand, List.of()));
        SimulationResult after = before;
        List<PlannedMigration> planned = new ArrayList<>();
        Instant at = start;
        // Batch by batch, as the executor runs them: a batch starts when the previous one has ended.
        for (List<Move> batch : batches(moves)) {
            for (Move m : batch) {
                if (simulated.contains(m.vm())) {
                    planned.add(new PlannedMigration(m.vm(), m.to(), at));
                }
            }
            after = simulator.run(input(state, vms, placed, demand, planned));
            at = lastEnd(after.migrations(), batch).orElse(at);
        }
        List<MoveForecast> forecasts = new ArrayList<>();
        for (Move m : moves) {
            forecasts.add(simulated.contains(m.vm()) ? forecast(m, after.migrations())
                    : new MoveForecast(m.id(), false, Duration.ZERO, Duration.ZERO, "no recorded demand for VM " + m.vm()));
        }
        return Optional.of(new Forecast(start, demand.end(), before.summary().meanPoolHealth(), after.summary().meanPoolHealth(),
                before.summary().contentionEvents(), after.summary().contentionEvents(), forecasts));
    }

    private SimulationInput input(ClusterState state, List<Vm> vms, Map<String, String> placed, SimulationDemand demand,
            List<PlannedMigration> migrations) {
        return new SimulationInput(state.inventory().hosts(), vms, new Placement(placed), demand, migrations, List.of(),
                state.rules(), options);
    }

    /** The moves grouped by batch, batches and moves in plan order. */
    private static List<List<Move>> batches(List<Move> moves) {
        List<List<Move>> batches = new ArrayList<>();
        String current = null;
        for (Move m : moves) {
            if (!m.batch().equals(current)) {
                batches.add(new ArrayList<>());
                current = m.batch();
            }
            batches.get(batches.size() - 1).add(m);
        }
        return batches;
    }

    private static Optional<Instant> lastEnd(List<MigrationOutcome> outcomes, List<Move> batch) {
        Set<String> vms = new java.util.HashSet<>();
        batch.forEach(m -> vms.add(m.vm()));
        return outcomes.stream().filter(o -> vms.contains(o.vmId())).map(MigrationOutcome::endedAt).flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    private static MoveForecast forecast(Move m, List<MigrationOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.vmId().equals(m.vm()) && o.target().map(m.to()::equals).orElse(true)).findFirst()
                .map(o -> new MoveForecast(m.id(), o.completed(), o.cost().map(c -> c.duration()).orElse(Duration.ZERO),
                        o.cost().map(c -> c.stun()).orElse(Duration.ZERO),
                        o.skipped().orElse(o.completed() ? "" : "still running at the end of the replayed window")))
                .orElse(new MoveForecast(m.id(), false, Duration.ZERO, Duration.ZERO, "the simulator did not run it"));
    }

    private static boolean sameGrid(List<TimeSeries> series) {
        return series.stream().map(s -> s.start() + "/" + s.step()).distinct().count() == 1;
    }

    private static boolean sameGrid(java.util.Collection<VmDemand> demands) {
        return demands.stream().map(d -> d.start() + "/" + d.step()).distinct().count() == 1;
    }
}
