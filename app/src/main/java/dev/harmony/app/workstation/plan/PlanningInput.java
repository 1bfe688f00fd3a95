package dev.harmony.app.workstation.plan;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.RealizedAffinityScores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner works on, read from any connector as it is now: its inventory and rules, forecasts from
 * the week of telemetry before now, and the realized affinity of the last day as the predicted affinity (as
 * {@code harmony plan} does for a lab).
 */
final class PlanningInput {
    static final Duration HISTORY = Duration.ofDays(7);
    static final Duration HORIZON = Duration.ofHours(24);

    private PlanningInput() {
    }

    static PlanningRequest read(Connector connector, int threads) {
        InventorySnapshot inventory = connector.inventory();
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (Resource r : Resource.values()) {
            metrics.addAll(r.metrics());
        }
        Instant to = connector.now();
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : connector.metrics(new MetricQuery(Set.of(), metrics, to.minus(HISTORY), to))) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        List<VmDemand> demand = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            List<TimeSeries> own = byVm.get(vm.id());
            if (own != null) {
                demand.add(VmDemand.from(vm, own));
            }
        }
        if (demand.isEmpty()) {
            throw new IllegalStateException(connector.name() + " has no telemetry in the week before " + to + "; there is nothing to plan from");
        }
        VmDemand first = demand.get(0);
        long steps = Duration.between(first.start(), to).getSeconds() / first.step().getSeconds();
        Instant now = first.start().plus(first.step().multipliedBy(Math.min(steps, demand.stream().mapToInt(VmDemand::size).max().orElse(0))));
        List<VmForecast> forecasts = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), threads).forecast(demand, now, HORIZON);
        RealizedAffinityScores affinity = new RealizedAffinityScores(demand, new Window(now.minus(Duration.ofDays(1)), now),
                AffinityOptions.defaults(), threads);
        return new PlanningRequest(connector.name(), now, inventory.hosts(), inventory.vms(), inventory.placement(), connector.constraints(),
                forecasts, affinity, List.of(), List.of());
    }
}
