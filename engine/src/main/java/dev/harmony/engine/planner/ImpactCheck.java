package dev.harmony.engine.planner;

import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.health.HealthReport;
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
    /**
     * The health without and with the plan, each step's share of the difference, and each step's share of the drop in
     * capacity risk (pool points lost to headroom and contention; positive when the step lowers it).
     */
    record Impact(double healthBefore, double healthAfter, double[] gains, double[] riskGains, SimulationResult after) {
    }

    /** The components that measure capacity risk rather than affinity or balance. */
    private static final java.util.Set<HealthComponent> RISK = java.util.EnumSet.of(HealthComponent.HEADROOM,
            HealthComponent.PREDICTED_CONTENTION, HealthComponent.REALIZED_CONTENTION);

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

    private SimulationResult baseline;

    Impact measure(List<Step> steps) {
        boolean exact = (long) steps.size() * pool.vms.size() <= EXACT_BUDGET;
        if (!exact) {
            return whole(steps);
        }
        if (baseline == null) {
            baseline = health(List.of());
        }
        double before = baseline.summary().meanPoolHealth();
        double[] gains = new double[steps.size()];
        double[] riskGains = new double[steps.size()];
        double previous = before;
        double previousRisk = risk(baseline);
        SimulationResult last = null;
        for (int i = 0; i < steps.size(); i++) {
            last = health(steps.subList(0, i + 1));
            double now = last.summary().meanPoolHealth();
            double risk = risk(last);
            gains[i] = now - previous;
            riskGains[i] = previousRisk - risk;
            previous = now;
            previousRisk = risk;
        }
        double after = last == null ? before : last.summary().meanPoolHealth();
        return new Impact(before, after, gains, riskGains, last);
    }

    /** The plan measured whole, the run without it alongside on a second thread. */
    private Impact whole(List<Step> steps) {
        CompletableFuture<SimulationResult> before = baseline == null
                ? CompletableFuture.supplyAsync(() -> health(List.of()))
                : CompletableFuture.completedFuture(baseline);
        SimulationResult after = health(steps);
        baseline = before.join();
        int n = Math.max(1, steps.size());
        double[] gains = new double[steps.size()];
        java.util.Arrays.fill(gains, (after.summary().meanPoolHealth() - baseline.summary().meanPoolHealth()) / n);
        double[] riskGains = new double[steps.size()];
        java.util.Arrays.fill(riskGains, (risk(baseline) - risk(after)) / n);
        return new Impact(baseline.summary().meanPoolHealth(), after.summary().meanPoolHealth(), gains, riskGains, after);
    }

    /** Mean pool points lost to headroom and contention over the run's health windows. */
    static double risk(SimulationResult run) {
        if (run.health().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (HealthReport r : run.health()) {
            for (HealthComponent c : RISK) {
                sum += r.pool().component(c).points();
            }
        }
        return sum / run.health().size();
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
