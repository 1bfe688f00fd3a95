package dev.harmony.app.workstation;

import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.Vm;
import dev.harmony.viz.graph.AffinityPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link PoolFeed} over any {@link Connector}: reads the telemetry it needs for each computation, and
 * turns the connector's live samples into CPU loads (the measured percentage, else usage over the VM's
 * provisioned MHz). Thread-safe as the connector is.
 */
public final class ConnectorPoolFeed implements PoolFeed {
    /** Extra history read before a health moment, for the daily seasonal forecast. */
    private static final Duration FORECAST_HISTORY = Duration.ofDays(2);
    private final Connector connector;
    private final PoolFeedOptions options;

    public ConnectorPoolFeed(Connector connector, PoolFeedOptions options) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Instant now() {
        return connector.now();
    }

    @Override
    public InventorySnapshot inventory() {
        return connector.inventory();
    }

    @Override
    public AffinityPairs affinity(Instant at) {
        InventorySnapshot inventory = connector.inventory();
        DemandSlice slice = DemandSlice.read(connector, inventory, at.minus(options.affinityWindow()), at);
        Instant end = slice.onGrid(at);
        Window window = new Window(end.minus(options.affinityWindow()), end);
        return new PoolAffinity(options).compute(inventory, slice, window, connector.traffic(window.start(), window.end()));
    }

    @Override
    public List<HealthAssessment> health(List<Instant> moments) {
        if (moments.isEmpty()) {
            return List.of();
        }
        InventorySnapshot inventory = connector.inventory();
        Instant first = Collections.min(moments);
        Instant last = Collections.max(moments);
        DemandSlice slice = DemandSlice.read(connector, inventory, first.minus(FORECAST_HISTORY), last);
        PoolHealth health = new PoolHealth(options);
        List<HealthAssessment> out = new ArrayList<>();
        moments.stream().map(slice::onGrid).distinct().sorted().forEach(t -> {
            if (!t.minus(options.healthWindow()).isBefore(slice.start())) {
                out.add(health.at(inventory, slice, t));
            }
        });
        return out;
    }

    @Override
    public Subscription followLoads(Consumer<LoadBatch> listener) {
        Map<String, Vm> vms = new HashMap<>();
        connector.inventory().vms().forEach(vm -> vms.put(vm.id(), vm));
        return connector.subscribe(Set.of(), samples -> {
            Map<String, Float> loads = new HashMap<>();
            Map<String, Instant> newest = new HashMap<>();
            Instant until = Instant.MIN;
            for (MetricSample s : samples) {
                until = s.time().isAfter(until) ? s.time() : until;
                Float load = load(s, vms.get(s.vmId()));
                if (load == null) {
                    continue;
                }
                Instant seen = newest.get(s.vmId());
                // The measured percentage wins over usage/provisioned MHz for the same moment.
                if (seen == null || s.time().isAfter(seen) || s.time().equals(seen) && s.metric() == Metric.CPU_USAGE_PERCENT) {
                    loads.put(s.vmId(), load);
                    newest.put(s.vmId(), s.time());
                }
            }
            if (!loads.isEmpty()) {
                listener.accept(new LoadBatch(until, loads));
            }
        });
    }

    private static Float load(MetricSample s, Vm vm) {
        if (s.metric() == Metric.CPU_USAGE_PERCENT) {
            return (float) Math.max(0, Math.min(1, s.value() / 100));
        }
        if (s.metric() == Metric.CPU_USAGE_MHZ && vm != null && vm.cpuCapacityMhz() > 0) {
            return (float) Math.max(0, Math.min(1, s.value() / vm.cpuCapacityMhz()));
        }
        return null;
    }
}
