package dev.harmony.engine.planner;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.health.WeightedHealthIndex;
import dev.harmony.engine.simulation.PlannedMigration;
import dev.harmony.engine.simulation.ReactivePolicy;
import dev.harmony.engine.simulation.SimulationDemand;
import dev.harmony.engine.simulation.SimulationInput;
import dev.harmony.engine.simulation.SimulationOptions;
import dev.harmony.engine.simulation.SimulationResult;
import dev.harmony.engine.simulation.Simulator;
import dev.harmony.engine.simulation.StepSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a plan through the simulator over the forecast horizon, the reactive balancer off, and measures
 * each step's predicted impact as the change in mean pool health it adds to the steps before it. For
 * large pools, where a run per step would take too long (a simulator run of 10,000 VMs over a day takes
 * seconds), the plan is measured whole, beside the run without it on a second thread, and its steps share
 * the change equally.
 */
final class ImpactCheck {
    /** The health without and with the plan, and each step's share of the difference. */
    record Impact(double healthBefore, double healthAfter, double[] gains, SimulationResult after) {
    }

    /** Runs per step while steps × VMs stay under this; beyond, runs per batch. */
    private static final long EXACT_BUDGET = 20_000;
    private final PoolView pool;
    private final Simulator simulator;
    private final SimulationOptions options;
    private final SimulationDemand demand;

    ImpactCheck(PoolView pool, HealthOptions health) {
        this.pool = pool;
        Duration horizon = pool.request.forecasts().get(0).step().multipliedBy(pool.request.forecasts().get(0).size());
        this.options = SimulationOptions.defaults().withReactive(ReactivePolicy.off()).withHealthEvery(horizon);
        this.simulator = new StepSimulator(new WeightedHealthIndex(health),
                new PredictedCoLocationAffinity(pool.request.affinity(), health));
        this.demand = SimulationDemand.forecast(pool.request.forecasts());
    }

    private double baseline = Double.NaN;

    Impact measure(List<Step> steps) {
        boolean exact = (long) steps.size() * pool.vms.size() <= EXACT_BUDGET;
        if (!exact) {
            return whole(steps);
        }
        if (Double.isNaN(baseline)) {
            baseline = health(List.of()).summary().meanPoolHealth();
        }
        double before = baseline;
        double[] gains = new double[steps.size()];
        double previous = before;
        SimulationResult last = null;
        int from = 0;
        while (from < steps.size()) {
            int to = from + 1;
            last = health(steps.subList(0, to));
            double now = last.summary().meanPoolHealth();
            for (int i = from; i < to; i++) {
                gains[i] = (now - previous) / (to - from);
            }
            previous = now;
            from = to;
        }
        double after = last == null ? before : last.summary().meanPoolHealth();
        return new Impact(before, after, gains, last);
    }

    /** The plan measured whole, the run without it alongside on a second thread. */
    private Impact whole(List<Step> steps) {
        CompletableFuture<Double> before = Double.isNaN(baseline)
                ? CompletableFuture.supplyAsync(() -> health(List.of()).summary().meanPoolHealth())
                : CompletableFuture.completedFuture(baseline);
        SimulationResult after = health(steps);
        baseline = before.join();
        double[] gains = new double[steps.size()];
        java.util.Arrays.fill(gains, (after.summary().meanPoolHealth() - baseline) / Math.max(1, steps.size()));
        return new Impact(baseline, after.summary().meanPoolHealth(), gains, after);
    }

    /** One simulator run with the steps asked for, batch k five minutes after batch k − 1. */
    private SimulationResult health(List<Step> steps) {
        List<PlannedMigration> migrations = new ArrayList<>();
        for (Step s : steps) {
            migrations.add(new PlannedMigration(s.vm(), s.to(), pool.request.at().plus(demand.step().multipliedBy(s.batch() - 1))));
        }
        return simulator.run(new SimulationInput(pool.request.hosts(), pool.request.vms(), pool.request.placement(), demand,
                migrations, pool.request.maintenance(), pool.request.constraints(), options));
    }
}
