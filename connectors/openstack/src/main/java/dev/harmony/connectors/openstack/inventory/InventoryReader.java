package dev.harmony.connectors.openstack.inventory;

import dev.harmony.connectors.openstack.compute.Aggregate;
import dev.harmony.connectors.openstack.compute.AvailabilityZones;
import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.HostResources;
import dev.harmony.connectors.openstack.compute.Hypervisor;
import dev.harmony.connectors.openstack.compute.Ladders;
import dev.harmony.connectors.openstack.compute.Microversion;
import dev.harmony.connectors.openstack.compute.Server;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nova's view of the cloud as the engine's inventory. Hosts are compute services (their id is the
 * service host name, the name {@code os-migrateLive} takes); a pool is an availability zone; VMs are
 * servers of every project, identified by UUID; aggregates become host tags {@code aggregate:NAME}.
 * A disabled or down compute service is a host in maintenance.
 */
public final class InventoryReader {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryReader.class);

    private final ComputeApi compute;
    private final HypervisorReader hypervisors;
    private final ServerReader servers;
    private final InventorySettings settings;
    private final String source;
    private final Clock clock;

    public InventoryReader(ComputeApi compute, HypervisorReader hypervisors, ServerReader servers, InventorySettings settings,
            String source, Clock clock) {
        this.compute = compute;
        this.hypervisors = hypervisors;
        this.servers = servers;
        this.settings = settings;
        this.source = source;
        this.clock = clock;
    }

    public InventorySnapshot read() {
        Map<String, String> zones = zones();
        Map<String, Set<String>> aggregatesByHost = aggregateNamesByHost();
        Map<String, Host> hosts = new LinkedHashMap<>();
        Map<String, Pool> pools = new TreeMap<>();
        for (Hypervisor h : hypervisors.read()) {
            if (hosts.containsKey(h.serviceHost())) {
                LOG.warn("compute host {} has more than one hypervisor; only {} is read", h.serviceHost(), hosts.get(h.serviceHost()).name());
                continue;
            }
            HostResources r = h.resources().orElseThrow();
            if (r.vcpus() <= 0 || r.memoryMb() <= 0) {
                LOG.warn("hypervisor {} reports no CPUs or memory; left out of the inventory", h.hostname());
                continue;
            }
            String zone = zones.getOrDefault(h.serviceHost(), "nova");
            pools.computeIfAbsent(zone, z -> new Pool(z, z, settings.region()));
            Set<String> tags = new TreeSet<>();
            aggregatesByHost.getOrDefault(h.serviceHost(), Set.of()).forEach(a -> tags.add("aggregate:" + a));
            if (!h.type().isBlank()) {
                tags.add("hypervisor:" + h.type());
            }
            hosts.put(h.serviceHost(), new Host(h.serviceHost(), h.hostname(), zone, r.vcpus(), r.vcpus() * settings.nominalCoreMhz(),
                    r.memoryMb(), settings.networkMbps(), zone, tags, !h.usable()));
        }
        List<Vm> vms = new ArrayList<>();
        Map<String, String> placement = new HashMap<>();
        for (Server s : servers.read()) {
            if (!s.flavor().known()) {
                LOG.warn("server {} ({}) has flavor {}, which Nova no longer lists; left out of the inventory", s.name(), s.id(), s.flavor().id());
                continue;
            }
            vms.add(vm(s));
            if (hosts.containsKey(s.host())) {
                placement.put(s.id(), s.host());
            }
        }
        return new InventorySnapshot(clock.instant(), source, List.copyOf(pools.values()), List.copyOf(hosts.values()), vms,
                new Placement(placement));
    }

    private Vm vm(Server s) {
        Set<String> tags = new TreeSet<>(s.tags());
        if (!s.projectId().isBlank()) {
            tags.add("project:" + s.projectId());
        }
        if (!s.flavor().name().isBlank()) {
            tags.add("flavor:" + s.flavor().name());
        }
        tags.add("status:" + s.status());
        return new Vm(s.id(), s.name(), s.flavor().vcpus(), s.flavor().vcpus() * settings.nominalCoreMhz(), s.flavor().ramMb(), "",
                s.metadata().getOrDefault("application", ""), tags, s.imageId());
    }

    private Map<String, String> zones() {
        return AvailabilityZones.zoneByComputeHost(compute.get("listing availability zones", "/os-availability-zone/detail",
                Microversion.BASE).body());
    }

    private Map<String, Set<String>> aggregateNamesByHost() {
        Microversion mv = compute.use(Ladders.AGGREGATES);
        Map<String, Set<String>> byHost = new HashMap<>();
        compute.get("listing host aggregates", "/os-aggregates", mv).body().path("aggregates").forEach(a -> {
            Aggregate aggregate = Aggregate.parse(a, mv);
            aggregate.hosts().forEach(h -> byHost.computeIfAbsent(h, k -> new TreeSet<>()).add(aggregate.name()));
        });
        return byHost;
    }
}
