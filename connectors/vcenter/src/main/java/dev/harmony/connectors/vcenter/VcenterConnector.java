package dev.harmony.connectors.vcenter;

import dev.harmony.connectors.vcenter.inventory.InventoryReader;
import dev.harmony.connectors.vcenter.inventory.RuleReader;
import dev.harmony.connectors.vcenter.migration.Relocator;
import dev.harmony.connectors.vcenter.perf.LivePoller;
import dev.harmony.connectors.vcenter.perf.PerfCollector;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A vCenter as a Harmony connector: inventory and DRS rules through the property collector,
 * counters through the PerformanceManager, moves through {@code RelocateVM_Task}. Ids are vCenter's
 * managed-object ids ({@code vm-42}, {@code host-7}, {@code domain-c8}). vCenter has no pairwise
 * traffic, so {@link #traffic} is empty. Thread-safe; every call reads vCenter afresh.
 */
public final class VcenterConnector implements Connector {
    private static final Set<Capability> CAPABILITIES = Set.of(Capability.INVENTORY, Capability.RULES,
            Capability.HISTORICAL_METRICS, Capability.LIVE_METRICS, Capability.MIGRATION);
    private static final PropertyQuery VM_LIST = new PropertyQuery().type("VirtualMachine", "config.template");

    private final VcenterOptions options;
    private final String name;
    private final VcenterSession session;
    private final InventoryReader inventory;
    private final RuleReader rules;
    private final PerfCollector perf;
    private final Relocator relocator;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    private VcenterConnector(VcenterOptions options) {
        this.options = options;
        this.session = new VcenterSession(options.sdk(), options.credentials(), options.tls(), options.reconnect(),
                options.connectTimeout(), options.readTimeout());
        this.name = "vcenter:" + session.endpoint();
        this.inventory = new InventoryReader(session, name, options.clock());
        this.rules = new RuleReader(session);
        this.perf = new PerfCollector(session, options.vmsPerPerfCall());
        this.relocator = new Relocator(session, options.clock());
    }

    /**
     * Connects and logs in, so that an unknown certificate, a changed one or a wrong password shows now.
     *
     * @throws dev.harmony.engine.connector.ConnectorException when the vCenter cannot be reached or refuses
     */
    public static VcenterConnector connect(VcenterOptions options) {
        VcenterConnector connector = new VcenterConnector(options);
        try {
            connector.session.connect();
        } catch (RuntimeException e) {
            connector.close();
            throw e;
        }
        return connector;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public InventorySnapshot inventory() {
        return inventory.read();
    }

    @Override
    public List<Constraint> constraints() {
        return rules.read();
    }

    @Override
    public List<TimeSeries> metrics(MetricQuery query) {
        return collect(query).series();
    }

    /** Like {@link #metrics}, also telling how many QueryPerf calls it took and which interval was read. */
    public PerfCollector.Collected collect(MetricQuery query) {
        List<String> vms = query.vmIds().isEmpty() ? vmIds() : new ArrayList<>(new java.util.TreeSet<>(query.vmIds()));
        return perf.collect(vms, query.metrics(), query.from(), query.to(), now());
    }

    @Override
    public Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        List<String> fixed = List.copyOf(new java.util.TreeSet<>(vmIds));
        LivePoller poller = new LivePoller(perf, () -> fixed.isEmpty() ? vmIds() : fixed, listener,
                options.livePollPeriod(), options.clock());
        subscriptions.add(poller);
        return () -> {
            poller.close();
            subscriptions.remove(poller);
        };
    }

    @Override
    public List<TrafficEstimate> traffic(Instant from, Instant to) {
        return List.of();
    }

    @Override
    public MigrationTask migrate(String vmId, String targetHostId) {
        return relocator.start(vmId, targetHostId);
    }

    @Override
    public Optional<String> currentHost(String vmId) {
        return relocator.currentHost(vmId);
    }

    @Override
    public Instant now() {
        return options.clock().instant();
    }

    /** The session, for callers that need vCenter calls the SPI does not cover (and for tests). */
    public VcenterSession session() {
        return session;
    }

    private List<String> vmIds() {
        List<ObjectProperties> all = session.call("listing VMs", VM_LIST::everywhere);
        return all.stream().filter(p -> !p.flag("config.template")).map(ObjectProperties::id).sorted().toList();
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        session.close();
    }
}
