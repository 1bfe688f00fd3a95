package dev.harmony.app.cli;

import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlannerOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The planning benchmark's body, run in its own JVM so that its heap limit is the one asked for: builds
 * the resampled pool, plans it once to warm up and once timed, and prints one line of figures.
 */
public final class PlanBenchmarkMain {
    private PlanBenchmarkMain() {
    }

    public static void main(String[] args) {
        int vms = Integer.parseInt(args[0]);
        int hosts = Integer.parseInt(args[1]);
        PlanBenchmarkPool.Built pool = PlanBenchmarkPool.build(vms, hosts, 2);
        HarmonyPlanner planner = new HarmonyPlanner(PlannerOptions.defaults(), HealthOptions.defaults());
        long began = System.nanoTime();
        PlanOutcome outcome = planner.plan(pool.request(), p -> { });
        double seconds = (System.nanoTime() - began) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP && b.getPeakUsage() != null) {
                peak += b.getPeakUsage().getUsed();
            }
        }
        String summary = outcome instanceof PlanOutcome.Planned p
                ? String.format(Locale.ROOT, "scoring_s=%.2f solve_s=%.2f impact_s=%.2f moves=%d candidates=%d pairs=%d health=%.2f->%.2f",
                        p.report().scoringTime().toMillis() / 1000.0, p.report().solveTime().toMillis() / 1000.0,
                        p.report().impactTime().toMillis() / 1000.0, p.plan().moves().size(), p.report().candidateVms(),
                        p.report().candidatePairs(), p.plan().healthBefore(), p.plan().healthAfter())
                : "blocked=" + ((PlanOutcome.Blocked) outcome).blockers();
        System.out.printf(Locale.ROOT, "PLAN-BENCH vms=%d hosts=%d plan_s=%.2f forecast_s=%.2f peak_heap_mib=%d max_heap_mib=%d %s%n",
                vms, hosts, seconds, pool.forecastSeconds(), peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), summary);
    }
}
