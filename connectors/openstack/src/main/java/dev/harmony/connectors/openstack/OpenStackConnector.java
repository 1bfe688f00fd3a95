package dev.harmony.connectors.openstack;

import dev.harmony.connectors.openstack.auth.KeystoneSession;
import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Hypervisor;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.PlacementApi;
import dev.harmony.connectors.openstack.compute.Server;
import dev.harmony.connectors.openstack.compute.ServerGroup;
import dev.harmony.connectors.openstack.http.JsonHttp;
import dev.harmony.connectors.openstack.inventory.ConstraintReader;
import dev.harmony.connectors.openstack.inventory.HypervisorReader;
import dev.harmony.connectors.openstack.inventory.InventoryReader;
import dev.harmony.connectors.openstack.inventory.InventorySettings;
import dev.harmony.connectors.openstack.inventory.ServerReader;
import dev.harmony.connectors.openstack.metrics.LivePoller;
import dev.harmony.connectors.openstack.metrics.MetricsSource;
import dev.harmony.connectors.openstack.migration.LiveMigrator;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An OpenStack cloud as a Harmony connector: Keystone v3 for the token and catalog, Nova for
 * hypervisors, servers, aggregates, zones, server groups and live migration, Placement for usage
 * from Compute API 2.88, and Prometheus or Gnocchi for telemetry. VMs are server UUIDs, hosts are
 * compute service host names, pools are availability zones. OpenStack has no pairwise traffic, so
 * {@link #traffic} is empty. Thread-safe; every call reads the cloud afresh.
 */
public final class OpenStackConnector implements Connector {
    private final OpenStackOptions options;
    private final KeystoneSession keystone;
    private final ComputeApi compute;
    private final HypervisorReader hypervisors;
    private final ServerReader servers;
    private final InventoryReader inventory;
    private final ConstraintReader rules;
    private final LiveMigrator migrator;
    private final MetricsSource metrics;
    private final String name;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    private OpenStackConnector(OpenStackOptions o) {
        this.options = o;
        JsonHttp http = new JsonHttp(o.tls(), o.connectTimeout(), o.readTimeout());
        this.keystone = new KeystoneSession(http, o.authUrl(), o.auth(), o.secrets(), o.clock(), o.renewBefore());
        this.compute = new ComputeApi(keystone, http, o.iface(), o.region(), o.maxMicroversion());
        this.hypervisors = new HypervisorReader(compute, new PlacementApi(keystone, http, o.iface(), o.region()));
        this.servers = new ServerReader(compute);
        this.name = "openstack:" + o.authUrl().getAuthority();
        this.inventory = new InventoryReader(compute, hypervisors, servers,
                new InventorySettings(o.region().isBlank() ? "default" : o.region(), o.nominalCoreMhz(), o.hostNetworkMbps()), name, o.clock());
        this.rules = new ConstraintReader(compute, o.zonePolicy());
        this.migrator = new LiveMigrator(compute, o.clock());
        this.metrics = o.metrics().open(http, keystone);
    }

    /**
     * Logs in to Keystone and reads Nova's microversion range, so that a wrong secret, a missing
     * catalog entry or an unreachable endpoint shows now, with a plain message.
     *
     * @throws dev.harmony.engine.connector.ConnectorException when the cloud cannot be reached or refuses
     */
    public static OpenStackConnector open(OpenStackOptions options) {
        OpenStackConnector connector = new OpenStackConnector(options);
        try {
            connector.keystone.token();
            connector.compute.use(Ladders.SERVERS);
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
        Set<Capability> c = EnumSet.of(Capability.INVENTORY, Capability.RULES, Capability.MIGRATION);
        if (!metrics.metrics().isEmpty()) {
            c.add(Capability.HISTORICAL_METRICS);
            c.add(Capability.LIVE_METRICS);
        }
        return Set.copyOf(c);
    }

    @Override
    public InventorySnapshot inventory() {
        return inventory.read();
    }

    @Override
    public List<Constraint> constraints() {
        return rules.read(inventory::read);
    }

    @Override
    public List<TimeSeries> metrics(MetricQuery query) {
        return metrics.read(query, query.vmIds().isEmpty() ? serverIds() : List.copyOf(new TreeSet<>(query.vmIds())));
    }

    @Override
    public Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        List<String> fixed = List.copyOf(new TreeSet<>(vmIds));
        LivePoller poller = new LivePoller(metrics, () -> fixed.isEmpty() ? serverIds() : fixed, listener, options.clock());
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
        return migrator.start(vmId, targetHostId);
    }

    @Override
    public Optional<String> currentHost(String vmId) {
        return migrator.currentHost(vmId).filter(h -> !h.isBlank());
    }

    @Override
    public Instant now() {
        return options.clock().instant();
    }

    /** Hypervisors with capacity and usage (from Nova up to 2.87, from Placement from 2.88). */
    public List<Hypervisor> hypervisors() {
        return hypervisors.read();
    }

    /** Servers of every project as Nova reports them. */
    public List<Server> servers() {
        return servers.read();
    }

    /** Server groups of every project. */
    public List<ServerGroup> serverGroups() {
        return rules.serverGroups();
    }

    /** The Compute microversion used for a resource's ladder, e.g. {@link Ladders#HYPERVISORS}. */
    public Microversion microversionFor(List<Microversion> ladder) {
        return compute.use(ladder);
    }

    /** The Keystone session (token, catalog, how many logins so far). */
    public KeystoneSession keystone() {
        return keystone;
    }

    private List<String> serverIds() {
        return servers.read().stream().map(Server::id).sorted().toList();
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        keystone.close();
    }
}
