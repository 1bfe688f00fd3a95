package dev.harmony.app.cli;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.catalog.UnknownLabException;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.datacenter.DatacenterOptions;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.execution.ExecutedMoves;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.forecast.ForecastBatch;
import dev.harmony.engine.forecast.SeasonalForecaster;
import dev.harmony.engine.forecast.SeasonalOptions;
import dev.harmony.engine.forecast.VmForecast;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.planner.PlanningRequest;
import dev.harmony.engine.planner.PredictedAffinity;
import dev.harmony.engine.planner.RecentMove;
import dev.harmony.engine.replay.ReplayInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds what {@code harmony plan} and {@code harmony replay} work on from a lab: for a plan, the lab as
 * {@code harmony execute} will find it (its state file), "now" on the replay clock, forecasts from the
 * history before now, the predicted affinity {@link PlanAffinity} chooses and the moves executed from the
 * store's journal for hysteresis; for a replay, the
 * lab's datacenter as built, with the whole recorded trace.
 */
final class PlanSourceLoader {
    static final Duration HORIZON = Duration.ofHours(24);
    private final AppContext context;

    PlanSourceLoader(AppContext context) {
        this.context = context;
    }

    /**
     * @param hysteresis how far back executed moves are read for the planner's hysteresis
     * @param err        told which predicted affinity is used and how many executed moves were found; asks for logins
     */
    PlanningRequest request(String source, int threads, Duration hysteresis, java.io.PrintWriter err) {
        Consumer<String> say = line -> {
            err.println("harmony plan: " + line);
            err.flush();
        };
        dev.harmony.app.profile.ConnectionProfile profile = Sources.profileOf(context, source);
        if (profile != null && !dev.harmony.app.profile.LabProfileKind.ID.equals(profile.kind())) {
            try (dev.harmony.engine.connector.Connector connector = dev.harmony.app.profile.ProfileConnector.open(
                    context.profileKinds(), profile, Sources.login(context, err))) {
                PlanningRequest r = ConnectorPlanSource.request(source, connector, threads);
                say.accept("predicted affinity: " + r.affinity().name());
                List<RecentMove> history = history(source, r.at(), hysteresis, say);
                return new PlanningRequest(r.source(), r.at(), r.hosts(), r.vms(), r.placement(), r.constraints(),
                        r.forecasts(), r.affinity(), history, r.maintenance());
            }
        }
        String name = Sources.labOf(context, source, "plan");
        LabCatalog labs = catalog(name);
        LabDataset dataset = labs.dataset(name);
        try (LabConnector lab = labs.open(name, LabOptions.defaults().withStateFile(ExecuteSources.labState(context, name)))) {
            lab.replayClock().pause();
            Instant now = dataset.timeAt(dataset.indexOf(lab.now()));
            InventorySnapshot inventory = lab.inventory();
            List<VmDemand> demand = demand(dataset, inventory.vms());
            List<VmForecast> forecasts = new ForecastBatch(new SeasonalForecaster(SeasonalOptions.defaults()), threads)
                    .forecast(demand, now, HORIZON);
            PredictedAffinity affinity = PlanAffinity.choose(Optional.of(context.store().models()), lab.name(), inventory,
                    demand, lab::traffic, now, threads, say);
            List<RecentMove> history = history(lab.name(), now, hysteresis, say);
            return new PlanningRequest(lab.name(), now, inventory.hosts(), inventory.vms(), inventory.placement(),
                    lab.constraints(), forecasts, affinity, history, List.of());
        }
    }

    /** A replay's input with the lab kept open for its traffic estimates; close it after the replay. */
    record OpenReplay(ReplayInput input, LabConnector lab) implements AutoCloseable {
        @Override
        public void close() {
            lab.close();
        }
    }

    /**
     * The lab as built, over the given days of its trace (day 1 is the trace's first).
     *
     * @param memoryLoad provisioned memory over host memory the datacenter is sized for; the lab's own when NaN
     */
    OpenReplay replay(String source, DayRange days, double memoryLoad) {
        return replay(source, days, memoryLoad, DatacenterOptions.defaults().seed());
    }

    /** @param seed the seed the lab's datacenter (hosts, rules, initial placement) is built with; the lab's own is 42 */
    OpenReplay replay(String source, DayRange days, double memoryLoad, long seed) {
        String name = Sources.labOf(context, source, "replay");
        LabCatalog labs = catalog(name);
        LabDataset dataset = labs.dataset(name);
        Instant from = dataset.start().plus(Duration.ofDays(days.first() - 1));
        Instant to = dataset.start().plus(Duration.ofDays(days.last()));
        if (!from.isBefore(dataset.end())) {
            throw new UserError("--days " + days + " starts after the lab's trace ends (" + dataset.end() + ")");
        }
        to = to.isAfter(dataset.end()) ? dataset.timeAt(dataset.indexOf(dataset.end())) : to;
        DatacenterOptions d = DatacenterOptions.defaults().withSeed(seed);
        if (!Double.isNaN(memoryLoad)) {
            d = new DatacenterOptions(d.seed(), memoryLoad, d.zones(), d.hostModels(), Math.max(d.maxHostMemoryFill(),
                    Math.min(1, memoryLoad + 0.05)), d.maxVcpuPerCore(), d.groupThreshold(), d.maxGroupSize(), d.hostInMaintenance());
        }
        LabOptions defaults = LabOptions.defaults();
        LabOptions options = new LabOptions(d, defaults.speed(), null, defaults.wallClock(), defaults.tickPeriod(),
                defaults.intraGroupShare(), 0, null);
        LabConnector lab = labs.open(name, options);
        try {
            var dc = lab.datacenter();
            return new OpenReplay(new ReplayInput(lab.name(), dc.hosts(), dc.vms(), dc.placement(), dc.constraints(),
                    demand(dataset, dc.vms()), dataset.timeAt(dataset.indexOf(from)), to), lab);
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** Moves the store's journal records as done for the source, within twice the hysteresis (no going back within it). */
    private List<RecentMove> history(String source, Instant now, Duration hysteresis, Consumer<String> say) {
        ExecutionStore store = ExecuteSources.executionStore(context);
        List<RecentMove> history = new ExecutedMoves(store).recent(source, Instant.now(), now, hysteresis.multipliedBy(2));
        say.accept("migration history: " + history.size() + " executed move(s) of " + source + " within "
                + hysteresis.multipliedBy(2).toHours() + " h in the store's journal");
        return history;
    }

    private LabCatalog catalog(String name) {
        try {
            LabCatalog labs = context.labsFor(name);
            labs.dataset(name);
            return labs;
        } catch (UnknownLabException e) {
            throw new UserError("--source lab:" + name + ": " + e.getMessage());
        }
    }

    private static List<VmDemand> demand(LabDataset dataset, List<Vm> vms) {
        List<VmDemand> out = new ArrayList<>();
        for (Vm vm : vms) {
            List<TimeSeries> series = new ArrayList<>();
            for (Metric m : dataset.metrics()) {
                dataset.series(vm.id(), m).ifPresent(series::add);
            }
            if (!series.isEmpty()) {
                out.add(VmDemand.from(vm, series));
            }
        }
        return out;
    }
}
