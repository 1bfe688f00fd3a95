package dev.harmony.engine.report;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.StoredPlan;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports a plan against its source: the inventory and rules read from the connector, health and host
 * utilisation before and after from the simulator over the source's recent demand, and, when the
 * execution store holds the plan, its status, approval, move states and audit excerpt.
 */
public final class SimulatedPlanReporter implements PlanReporter {
    private final Connector connector;
    private final PlanForecast forecast;
    private final Optional<ExecutionStore> store;
    private final String model;
    private final Clock clock;

    /**
     * @param connector the plan's source
     * @param simulator the simulator to replay demand with (reactive balancing off, so only the plan moves VMs)
     * @param options   its options
     * @param history   how much recent demand to replay
     * @param store     where executions are recorded; empty to report the plan file alone
     * @param model     the affinity model and its measured quality in one line, or {@code no trained model}
     * @param clock     dates the report
     */
    public SimulatedPlanReporter(Connector connector, Simulator simulator, SimulationOptions options, Duration history,
            Optional<ExecutionStore> store, String model, Clock clock) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.forecast = new PlanForecast(simulator, options, history);
        this.store = Objects.requireNonNull(store, "store");
        this.model = model == null || model.isBlank() ? "no trained model" : model;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PlanReport report(MigrationPlan plan) {
        if (!plan.source().equals(connector.name())) {
            throw new IllegalArgumentException("plan " + plan.id() + " was made for " + plan.source() + ", not for " + connector.name());
        }
        InventorySnapshot inventory = connector.inventory();
        List<Constraint> rules = connector.constraints();
        Optional<ExecutionHistory> history = store.map(ExecutionHistory::new);
        Optional<StoredPlan> stored = history.flatMap(h -> h.stored(plan.id()));
        Map<String, String> states = stored.isPresent() ? history.get().moveStates(plan.id()) : Map.of();
        List<String> notes = new ArrayList<>(plan.notes());
        Optional<PlanForecast.Result> predicted = forecast.forecast(connector, inventory, rules, plan);
        if (predicted.isEmpty()) {
            notes.add("The source has no recorded demand to replay: health and utilisation before and after are not predicted.");
        }
        TreeSet<String> touched = new TreeSet<>();
        plan.moves().forEach(m -> {
            touched.add(m.from());
            touched.add(m.to());
        });
        ReportScope scope = new ReportScope(inventory.hosts().size(), inventory.vms().size(), List.copyOf(touched),
                predicted.map(PlanForecast.Result::from).orElse(null), predicted.map(PlanForecast.Result::to).orElse(null));
        List<ReportMove> moves = plan.movesInOrder().stream().map(m -> move(plan, m, states.getOrDefault(m.id(), "planned"))).toList();
        List<Move> toUndo = states.isEmpty() ? plan.movesInOrder()
                : plan.movesInOrder().stream().filter(m -> "done".equals(states.get(m.id()))).toList();
        return new PlanReport(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), plan.id(), plan.source(), plan.createdAt(),
                stored.map(s -> s.status().label()).orElse("not stored"), scope, model, ReportConstraints.describe(plan, rules), moves,
                predicted.map(PlanForecast.Result::health), predicted.map(PlanForecast.Result::hostUse).orElse(List.of()),
                stored.flatMap(s -> history.get().summary(s)), new RollbackPlanner().rollback(plan, toUndo, maintenance(inventory, rules)), notes);
    }

    private static Set<String> maintenance(InventorySnapshot inventory, List<Constraint> rules) {
        Set<String> hosts = new TreeSet<>();
        inventory.hosts().stream().filter(Host::inMaintenance).forEach(h -> hosts.add(h.id()));
        rules.stream().filter(HostMaintenance.class::isInstance).forEach(r -> hosts.add(((HostMaintenance) r).hostId()));
        return hosts;
    }

    private static ReportMove move(MigrationPlan plan, Move m, String state) {
        Batch b = plan.batch(m.batch()).orElseThrow();
        String when = "batch " + b.order() + " of " + plan.batches().size() + ", "
                + (b.window() == null ? "any time after approval" : b.window().start() + " to " + b.window().end());
        return new ReportMove(m.id(), m.order(), m.vm(), m.from(), m.to(), m.reason(), m.predictedGain(), m.cost(), m.risk().code(),
                m.batch(), when, state);
    }
}
