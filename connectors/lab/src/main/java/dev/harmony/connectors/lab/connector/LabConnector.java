package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.datacenter.Datacenter;
import dev.harmony.connectors.lab.datacenter.DatacenterBuilder;
import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.replay.ReplayClock;
import dev.harmony.connectors.lab.traffic.GravityTrafficModel;
import dev.harmony.connectors.lab.traffic.VmTraffic;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo lab as a connector: a real trace replayed on a simulated datacenter. Time is the
 * {@link ReplayClock}'s trace time; metrics and traffic are served only up to it (the future of the
 * trace stays hidden, as in a live system); migrations take a time derived from VM memory and link
 * rate and change the placement when they end. Thread-safe.
 */
public final class LabConnector implements Connector {
    private final String name;
    private final LabDataset dataset;
    private final Datacenter datacenter;
    private final ReplayClock clock;
    private final LabMigrations state;
    private final MetricStreamer streamer;
    private final GravityTrafficModel gravity;
    private final Set<Capability> capabilities;
    private volatile boolean closed;

    /**
     * @param labName the lab's name; the connector is named {@code lab:<labName>}
     * @param dataset the trace to replay
     * @param options how to build the datacenter and run the replay
     */
    public LabConnector(String labName, LabDataset dataset, LabOptions options) {
        this.name = "lab:" + labName;
        this.dataset = dataset;
        this.datacenter = new DatacenterBuilder(options.datacenter()).build(dataset);
        Instant startAt = options.startAt() != null ? options.startAt() : defaultStart(dataset);
        this.clock = new ReplayClock(options.wallClock(), dataset.start(), dataset.end(), startAt, options.speed());
        List<ExcludedVms> exclusions = datacenter.constraints().stream()
                .filter(ExcludedVms.class::isInstance).map(ExcludedVms.class::cast).toList();
        this.state = new LabMigrations(name, clock, datacenter.vms(), datacenter.hosts(), datacenter.placement(),
                exclusions, options.migrationFailureRate(), options.datacenter().seed(),
                options.stateFile() == null ? null : new LabStateFile(options.stateFile()));
        this.streamer = new MetricStreamer(dataset, clock, options.tickPeriod());
        this.gravity = new GravityTrafficModel(options.intraGroupShare());
        EnumSet<Capability> caps = EnumSet.of(Capability.INVENTORY, Capability.RULES, Capability.HISTORICAL_METRICS,
                Capability.LIVE_METRICS, Capability.MIGRATION, Capability.REPLAY_CLOCK);
        if (hasNetwork()) {
            caps.add(Capability.TRAFFIC_ESTIMATED);
        }
        this.capabilities = Set.copyOf(caps);
    }

    /** A quarter into the trace but at most seven days in, so a planner has history before "now". */
    static Instant defaultStart(LabDataset d) {
        Duration quarter = Duration.between(d.start(), d.end()).dividedBy(4);
        Duration lead = quarter.compareTo(Duration.ofDays(7)) > 0 ? Duration.ofDays(7) : quarter;
        return d.timeAt(d.indexOf(d.start().plus(lead)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public InventorySnapshot inventory() {
        open();
        Instant now = clock.now();
        return new InventorySnapshot(now, name, List.of(datacenter.pool()), state.hosts(), datacenter.vms(), state.placement());
    }

    /** The lab's rules, with maintenance as the hosts are now. */
    @Override
    public List<Constraint> constraints() {
        open();
        List<Constraint> rules = new ArrayList<>(datacenter.constraints().stream()
                .filter(c -> !(c instanceof HostMaintenance)).toList());
        for (Host h : state.hosts()) {
            if (h.inMaintenance()) {
                rules.add(new HostMaintenance(h.id(), datacenter.constraints().stream()
                        .filter(c -> c instanceof HostMaintenance m && m.hostId().equals(h.id()))
                        .map(c -> ((HostMaintenance) c).reason()).findFirst().orElse("set through the lab controls")));
            }
        }
        return rules;
    }

    /** Series cut to the query's window and to the intervals completed by the replay clock's now. */
    @Override
    public List<TimeSeries> metrics(MetricQuery query) {
        open();
        Instant to = pastOnly(query.to());
        return to.isAfter(query.from()) ? dataset.series(new MetricQuery(query.vmIds(), query.metrics(), query.from(), to))
                : List.of();
    }

    @Override
    public Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        open();
        List<String> unknown = vmIds.stream().filter(v -> dataset.vm(v).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ConnectorException(name + " cannot subscribe to unknown VM(s) " + unknown);
        }
        return streamer.subscribe(vmIds, listener);
    }

    /** Gravity-model estimates inside the inferred application groups, over the window's completed part. */
    @Override
    public List<TrafficEstimate> traffic(Instant from, Instant to) {
        open();
        Instant end = pastOnly(to);
        if (!hasNetwork() || !end.isAfter(from)) {
            return List.of();
        }
        Map<String, String> groupByVm = datacenter.groups().groupByVm();
        Map<String, VmTraffic> measured = new HashMap<>();
        for (String vm : groupByVm.keySet()) {
            measured.put(vm, new VmTraffic(dataset.mean(vm, Metric.NETWORK_TX_KIBPS, from, end),
                    dataset.mean(vm, Metric.NETWORK_RX_KIBPS, from, end)));
        }
        return gravity.estimate(groupByVm, measured);
    }

    @Override
    public MigrationTask migrate(String vmId, String targetHostId) {
        open();
        return state.start(vmId, targetHostId);
    }

    @Override
    public Optional<String> currentHost(String vmId) {
        open();
        return state.placement().hostOf(vmId);
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    /** Lab control: puts a host into maintenance or takes it out; migrations heading there then fail. */
    public void setMaintenance(String hostId, boolean maintenance) {
        open();
        state.setMaintenance(hostId, maintenance);
    }

    /** Lab control: the replay clock (pause, resume, speed, seek). */
    public ReplayClock replayClock() {
        return clock;
    }

    public LabDataset dataset() {
        return dataset;
    }

    /** The datacenter as built at the start of the replay (the live placement is in {@link #inventory()}). */
    public Datacenter datacenter() {
        return datacenter;
    }

    @Override
    public void close() {
        closed = true;
        streamer.close();
    }

    private Instant pastOnly(Instant to) {
        Instant completed = dataset.timeAt(dataset.indexOf(clock.now()));
        return to.isAfter(completed) ? completed : to;
    }

    private boolean hasNetwork() {
        return dataset.metrics().containsAll(EnumSet.of(Metric.NETWORK_RX_KIBPS, Metric.NETWORK_TX_KIBPS));
    }

    private void open() {
        if (closed) {
            throw new ConnectorException(name + " is closed");
        }
    }
}
