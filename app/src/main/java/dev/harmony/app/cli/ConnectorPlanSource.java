package dev.harmony.app.cli;

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
 * What {@code harmony plan} works on for a live source (a vCenter profile): the inventory and rules as they
 * are now, the last two days of counters as history for the forecasts, and the realized affinity of the
 * last day as the predicted affinity, the same recipe as for a lab.
 */
final class ConnectorPlanSource {
    static final Duration HISTORY = Duration.ofDays(2);

    private ConnectorPlanSource() {
    }

    /** @param source what the plan records as its source, e.g. {@code profile:vc01}, so execute can reopen it */
    static PlanningRequest request(String source, Connector connector, int threads) {
        Instant now = connector.now();
        InventorySnapshot inventory = connector.inventory();
        List<VmDemand> demand = demand(connector, inventory, now.minus(HISTORY), now);
        if (demand.isEmpty()) {
            throw new UserError(source + " (" + connector.name() + ") returned no counters for the last "
                    + HISTORY.toHours() + " h; a plan needs the VMs' recent demand", ExitCodes.UNAVAILABLE);
        }
        VmDemand first = demand.get(0);
        Instant end = first.start().plus(first.step().multipliedBy(first.size()));
        List<VmForecast> forecasts = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), threads)
                .forecast(demand, end, PlanSourceLoader.HORIZON);
        Instant dayBefore = end.minus(Duration.ofDays(1)).isBefore(first.start()) ? first.start() : end.minus(Duration.ofDays(1));
        RealizedAffinityScores affinity = new RealizedAffinityScores(demand, new Window(dayBefore, end), AffinityOptions.defaults(), threads);
        return new PlanningRequest(source, end, inventory.hosts(), inventory.vms(), inventory.placement(),
                connector.constraints(), forecasts, affinity, List.of(), List.of());
    }

    private static List<VmDemand> demand(Connector connector, InventorySnapshot inventory, Instant from, Instant to) {
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (Resource r : Resource.values()) {
            metrics.addAll(r.metrics());
        }
        Map<String, List<TimeSeries>> byVm = new HashMap<>();
        for (TimeSeries s : connector.metrics(new MetricQuery(Set.of(), metrics, from, to))) {
            byVm.computeIfAbsent(s.vmId(), k -> new ArrayList<>()).add(s);
        }
        List<VmDemand> out = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            List<TimeSeries> own = byVm.get(vm.id());
            if (own != null && !own.isEmpty()) {
                out.add(VmDemand.from(vm, own));
            }
        }
        return out;
    }
}
