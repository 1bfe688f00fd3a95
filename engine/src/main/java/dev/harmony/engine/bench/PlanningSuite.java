package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.planner.GreedyScanPlanner;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.MigrationPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlannerOptions;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.RealizedAffinityScores;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A migration plan for 10,000 resampled VMs on 96 hosts, by the Timefold planner ({@code planning}) or by the
 * seed's greedy scan ({@code planning-greedy}), so both are measured in the same run. Forecasts (7 days of history,
 * 1 day ahead) are made while building the input; realized affinity over the last day is scored inside the body.
 */
public final class PlanningSuite implements BenchSuite {
    private static final long HOST_MIB = 1_048_576;
    private final TraceResampler trace;
    private final boolean greedy;

    /** @param greedy true for the seed's greedy scan, false for the Timefold planner with the default limits */
    public PlanningSuite(TraceResampler trace, boolean greedy) {
        this.trace = trace;
        this.greedy = greedy;
    }

    @Override
    public String name() {
        return greedy ? "planning-greedy" : "planning";
    }

    @Override
    public String description() {
        return greedy ? "the seed's greedy scan as baseline, 10,000 VMs on 96 hosts"
                : "Timefold migration plan, 10,000 VMs on 96 hosts (default 5 s / 20,000-step limit)";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(120, 10_000);
        int hostCount = size.pick(4, 96);
        int days = 7;
        List<VmDemand> demands = trace.sample(vms, days, 22);
        Instant at = demands.get(0).start().plus(Duration.ofDays(days));
        List<VmForecast> forecasts = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), BenchPool.threads())
                .forecast(demands, at, Duration.ofDays(1));
        // 1 TiB hosts: 10,000 Bitbrains-sized VMs ask about 68 TiB, more than 96 hosts of 768 GiB hold at 90 % fill.
        List<Host> hosts = BenchPool.hosts(hostCount, HOST_MIB);
        Map<String, String> placement = placeByMemory(demands, hosts);
        List<Vm> vmList = demands.stream().map(VmDemand::vm).toList();
        Window lastDay = Window.of(at.minus(Duration.ofDays(1)), Duration.ofDays(1));
        PlannerOptions options = PlannerOptions.defaults();
        MigrationPlanner planner = greedy ? new GreedyScanPlanner(options, HealthOptions.defaults())
                : new HarmonyPlanner(options, HealthOptions.defaults());
        Map<String, Object> quality = new LinkedHashMap<>();
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs on %d hosts of 1 TiB, %s, 1-day forecasts, realized affinity of the last day",
                        vms, hostCount, planner.name());
            }

            @Override
            public long run() {
                RealizedAffinityScores affinity = new RealizedAffinityScores(demands, lastDay, AffinityOptions.defaults(),
                        BenchPool.threads());
                PlanningRequest request = new PlanningRequest("bench:resampled", at, hosts, vmList, new Placement(placement),
                        List.of(), forecasts, affinity, List.of(), List.of());
                PlanOutcome outcome = planner.plan(request, p -> { });
                quality.clear();
                if (outcome instanceof PlanOutcome.Planned planned) {
                    MigrationPlan plan = planned.plan();
                    quality.put("outcome", "planned");
                    quality.put("moves", plan.moves().size());
                    quality.put("health_before", plan.healthBefore());
                    quality.put("health_after", plan.healthAfter());
                    return plan.moves().size();
                }
                quality.put("outcome", "blocked");
                List<dev.harmony.engine.planner.Blocker> blockers = ((PlanOutcome.Blocked) outcome).blockers();
                quality.put("blockers", blockers.size());
                quality.put("first_blocker", blockers.get(0).kind() + " " + blockers.get(0).subject() + ": "
                        + blockers.get(0).message());
                return 0;
            }

            @Override
            public String unit() {
                return "moves";
            }

            @Override
            public Map<String, Object> extras() {
                Map<String, Object> out = new LinkedHashMap<>(quality);
                out.values().removeIf(java.util.Objects::isNull);
                return out;
            }
        };
    }

    /**
     * VMs packed in trace order onto the first hosts up to 80 % of their memory, as a pool that grew without
     * rebalancing looks: the first hosts are full and hot, the last ones nearly empty, so the planners have work.
     */
    private static Map<String, String> placeByMemory(List<VmDemand> demands, List<Host> hosts) {
        long[] used = new long[hosts.size()];
        Map<String, String> placement = new HashMap<>();
        int h = 0;
        for (VmDemand d : demands) {
            long need = d.vm().memoryMib();
            while (h < hosts.size() - 1 && used[h] + need > 0.8 * hosts.get(h).memoryMib()) {
                h++;
            }
            used[h] += need;
            placement.put(d.vmId(), hosts.get(h).id());
        }
        return placement;
    }
}
