package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.planner.MigrationPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.HistoryMeanAffinity;
import dev.harmony.engine.planner.RealizedWindows;
import dev.harmony.engine.planner.RecentMove;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Replays a period segment by segment through the one simulator. The simulator first empties the hosts in
 * maintenance, with no policy acting. Then, at each segment's start, a planning
 * policy plans from what lies before it (forecasts and realized affinity of the past only) and its moves
 * start there, batch after batch; the segment is then simulated on the recorded demand, and its final
 * placement starts the next segment. The reactive policy instead lets the simulator's balancer act.
 */
public final class ReplayRunner {
    /** The longest the replay waits for the simulator to empty hosts in maintenance before policies act: 4 h of 5-minute steps. */
    private static final int SETTLE_STEPS = 48;
    private final ReplayOptions options;
    private final SimulationOptions simulation;
    private final Simulator simulator;

    public ReplayRunner(ReplayOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.simulation = SimulationOptions.defaults().withHealthEvery(options.planEvery());
        this.simulator = StepSimulator.standard(simulation);
    }

    /**
     * Runs the policy with the history mean of realized affinity as its predicted affinity
     * ({@link ReplayOptions#affinityWindows()} windows of {@link ReplayOptions#affinityWindow()} before each round).
     *
     * @param log told of each plan's moves and of each planning round that ended without a plan, and why
     */
    public PolicyResult run(ReplayInput input, ReplayPolicy policy, Consumer<String> log) {
        RealizedWindows realized = new RealizedWindows(input.demand(), AffinityOptions.defaults(), options.threads(),
                options.affinityWindow().multipliedBy(options.affinityWindows()));
        return run(input, policy, (now, placement) -> new HistoryMeanAffinity(now, options.affinityWindow(),
                options.affinityWindows(), realized::of), log);
    }

    /**
     * @param affinity the predicted affinity each planning round plans with
     * @param log      told of each plan's moves and of each planning round that ended without a plan, and why
     */
    public PolicyResult run(ReplayInput input, ReplayPolicy policy, AffinityPrediction affinity, Consumer<String> log) {
        long began = System.nanoTime();
        Duration step = input.demand().get(0).step();
        int segmentSteps = (int) Math.max(1, options.planEvery().getSeconds() / step.getSeconds());
        ReplayMeter meter = new ReplayMeter(input.demand(), input.from(), input.to(), options.contentionLevel());
        SimulationOptions run = simulation.withReactive(policy.reactive()
                ? ReactivePolicy.defaults().withThreshold(options.reactiveThreshold()).withTiming(options.reactiveEvery())
                : ReactivePolicy.off());
        Placement placement = input.placement();
        List<RecentMove> history = new ArrayList<>();
        ForecastBatch forecasts = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), options.threads());
        int plans = 0;
        int blocked = 0;
        Instant t = input.from();
        // First the simulator evacuates the hosts in maintenance, the same way under every policy and with no policy
        // acting (the reactive balancer off too), until its last evacuation ends (at most SETTLE_STEPS): a plan made
        // meanwhile would move VMs already leaving. One segment, so that no migration is cut and started again.
        Set<String> closed = input.hosts().stream().filter(h -> h.inMaintenance()).map(h -> h.id()).collect(Collectors.toSet());
        if (!closed.isEmpty()) {
            int cap = (int) Math.min(SETTLE_STEPS, Duration.between(t, input.to()).getSeconds() / step.getSeconds());
            SimulationDemand demand = SimulationDemand.replay(input.demand(), t, cap);
            SimulationOptions quiet = simulation.withReactive(ReactivePolicy.off());
            SimulationResult result = simulate(input, placement, demand, List.of(), quiet);
            int steps = evacuationSteps(result, closed, t, step, cap);
            if (steps < cap) {
                long leftByFullRun = left(result.placement(), closed);
                demand = SimulationDemand.replay(input.demand(), t, steps);
                result = simulate(input, placement, demand, List.of(), quiet);
                // A shorter run may leave a migration that the full run started late unstarted (its slot frees too
                // close to the shorter horizon): one step more until the closed hosts are as empty as in the full
                // run (VMs that no host has room for stay in both, and do not stretch the evacuation to the cap).
                while (steps < cap && left(result.placement(), closed) > leftByFullRun) {
                    steps++;
                    demand = SimulationDemand.replay(input.demand(), t, steps);
                    result = simulate(input, placement, demand, List.of(), quiet);
                }
            }
            // Health windows of the evacuation are shorter than the policies' windows: they do not count.
            meter.add(result, placement, demand, false);
            record(result, history);
            placement = result.placement();
            t = t.plus(step.multipliedBy(steps));
            log.accept(policy.name() + " at " + t + ": " + evacuationState(placement, closed, result, steps));
        }
        Instant nextRegular = null;
        boolean replanNow = false;
        // The steps whose demand floors a triggered plan's forecasts: those that set the trigger off.
        int floorSteps = 0;
        int heatReplans = 0;
        while (t.isBefore(input.to())) {
            boolean regular = nextRegular == null || !t.isBefore(nextRegular);
            if (regular) {
                nextRegular = t.plus(step.multipliedBy(segmentSteps));
                heatReplans = 0;
            }
            int length = (int) Math.max(1, Duration.between(t, nextRegular).getSeconds() / step.getSeconds());
            int steps = (int) Math.min(length, Duration.between(t, input.to()).getSeconds() / step.getSeconds());
            List<PlannedMigration> migrations = new ArrayList<>();
            if (policy.planner().isPresent() && (regular || replanNow)) {
                PlanOutcome outcome = plan(policy.planner().get(), input, placement, t, history, forecasts, affinity,
                        regular ? 0 : floorSteps);
                if (outcome instanceof PlanOutcome.Planned p) {
                    plans++;
                    if (!p.plan().moves().isEmpty()) {
                        log.accept(policy.name() + " at " + t + ": " + p.plan().movesInOrder().stream()
                                .map(m -> String.format(Locale.ROOT, "%s %s→%s (%+.2f)", m.vm(), m.from(), m.to(), m.predictedGain()))
                                .collect(Collectors.joining(", ")));
                    }
                    for (Move m : p.plan().movesInOrder()) {
                        int batch = Integer.parseInt(m.batch().substring(1));
                        migrations.add(new PlannedMigration(m.vm(), m.to(), t.plus(step.multipliedBy(batch - 1))));
                    }
                } else if (outcome instanceof PlanOutcome.Blocked b) {
                    blocked++;
                    log.accept(policy.name() + " at " + t + ": no plan: " + b.blockers().stream()
                            .map(dev.harmony.engine.planner.Blocker::message).collect(Collectors.joining("; ")));
                }
            }
            replanNow = false;
            SimulationDemand demand = SimulationDemand.replay(input.demand(), t, steps);
            SimulationResult result = simulate(input, placement, demand, migrations, run);
            if (heatReplans < options.heatReplans() && options.replanOnHeat() && policy.planner().isPresent()) {
                int cut = HeatTrigger.firstSustained(result, options.reactiveThreshold(), HeatTrigger.sustainSteps(options.heatSustain(), step));
                int overload = options.replanOnOverload() ? HeatTrigger.firstOverloaded(result, options.contentionLevel()) : -1;
                boolean overloaded = overload > 0 && (cut <= 0 || overload < cut);
                if (overloaded) {
                    cut = overload;
                }
                if (cut > 0 && cut < steps) {
                    // A host has run hot for the heat trigger's wait (or, with the overload trigger, over capacity
                    // for a step): the segment ends there and the policy plans again (at most heatReplans times a period). The simulation cannot be cut afterwards, so it
                    // runs again, shorter.
                    steps = cut;
                    demand = SimulationDemand.replay(input.demand(), t, steps);
                    result = simulate(input, placement, demand, migrations, run);
                    heatReplans++;
                    replanNow = true;
                    floorSteps = overloaded ? 1 : HeatTrigger.sustainSteps(options.heatSustain(), step);
                    log.accept(policy.name() + " at " + t.plus(step.multipliedBy(steps)) + (overloaded
                            ? ": a host's demand exceeded " + Math.round(options.contentionLevel() * 100) + " % of its capacity"
                            : ": a host ran above " + Math.round(options.reactiveThreshold() * 100) + " % for "
                            + options.heatSustain().toMinutes() + " minutes") + "; planning again");
                }
            }
            meter.add(result, placement, demand, true);
            record(result, history);
            placement = result.placement();
            t = t.plus(step.multipliedBy(steps));
        }
        return meter.result(policy.name(), plans, blocked, Duration.ofNanos(System.nanoTime() - began));
    }

    private static void record(SimulationResult result, List<RecentMove> history) {
        for (MigrationOutcome m : result.migrations()) {
            if (m.completed()) {
                history.add(new RecentMove(m.vmId(), m.source(), m.target().orElseThrow(), m.endedAt().orElseThrow()));
            }
        }
    }

    /**
     * The steps the evacuation of the closed hosts took in a run of {@code cap} steps: up to the step in which its last
     * completed migration ended, or all of them while one still runs or waits at the end.
     */
    static int evacuationSteps(SimulationResult result, Set<String> closed, Instant from, Duration step, int cap) {
        int steps = 1;
        for (MigrationOutcome m : result.migrations()) {
            if (!closed.contains(m.source())) {
                continue;
            }
            if (m.completed()) {
                long seconds = Duration.between(from, m.endedAt().orElseThrow()).getSeconds();
                steps = Math.max(steps, (int) Math.ceil(seconds / (double) step.getSeconds()));
            } else if (m.cutByHorizon()) {
                // Still migrating, or waiting for a free slot: not over yet.
                return cap;
            }
        }
        return Math.min(steps, cap);
    }

    private static long left(Placement placement, Set<String> closed) {
        return placement.hostByVm().values().stream().filter(closed::contains).count();
    }

    /** How far the simulator's own evacuation of the hosts in maintenance got, and what holds back the VMs left. */
    private static String evacuationState(Placement placement, Set<String> closed, SimulationResult last, int steps) {
        long left = left(placement, closed);
        if (left == 0) {
            return "the evacuation of " + String.join(", ", new TreeSet<>(closed)) + " ended after " + steps
                    + " five-minute steps";
        }
        Map<String, Long> why = last.migrations().stream()
                .filter(m -> closed.contains(m.source()) && !m.completed())
                .collect(Collectors.groupingBy(m -> m.skipped().orElse("still migrating at the evacuation's end"),
                        TreeMap::new, Collectors.counting()));
        return "the evacuation ended after " + steps + " five-minute steps with " + left + " VMs left on "
                + String.join(", ", new TreeSet<>(closed)) + (why.isEmpty() ? "" : " (" + why.entrySet().stream()
                .map(e -> e.getValue() + ": " + e.getKey()).collect(Collectors.joining("; ")) + ")");
    }

    private SimulationResult simulate(ReplayInput input, Placement placement, SimulationDemand demand,
                                      List<PlannedMigration> migrations, SimulationOptions run) {
        return simulator.run(new SimulationInput(input.hosts(), input.vms(), placement, demand, migrations, List.of(),
                input.constraints(), run));
    }

    /** @param floorSteps for a plan that a trigger set off, the steps whose demand floors its forecasts; 0 for a regular plan */
    private PlanOutcome plan(MigrationPlanner planner, ReplayInput input, Placement placement, Instant t,
                             List<RecentMove> history, ForecastBatch forecasts, AffinityPrediction affinity, int floorSteps) {
        boolean heat = floorSteps > 0;
        List<VmForecast> ahead = forecasts.forecast(input.demand(), t, heat ? options.heatHorizon() : options.horizon());
        if (heat) {
            ahead = RecentHeat.floor(ahead, input.demand(), t, floorSteps);
        }
        PlanningRequest request = new PlanningRequest(input.source(), t, input.hosts(), input.vms(), placement,
                input.constraints(), ahead, affinity.at(t, placement), history, List.of());
        return planner.plan(request, p -> { });
    }
}
