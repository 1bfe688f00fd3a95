package dev.harmony.connectors.lab.datacenter;

import dev.harmony.connectors.lab.dataset.LabDataset;
import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the lab's datacenter from a dataset, reproducibly for a given seed: host model and count by
 * {@link HostSizing}, hosts spread round robin over the zones, application groups inferred by
 * {@link CorrelationGrouper}, rules by {@link LabRules}, synthetic guest OS and template, and a seeded
 * first-fit placement that respects capacity and must rules. If the placement finds no room, a host is
 * added and the placement repeated.
 */
public final class DatacenterBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DatacenterBuilder.class);
    private static final int MAX_EXTRA_HOSTS = 50;

    private final DatacenterOptions options;

    public DatacenterBuilder(DatacenterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Datacenter build(LabDataset dataset) {
        List<LabVm> labVms = dataset.vms();
        ApplicationGroups groups = new CorrelationGrouper(options.groupThreshold(), options.maxGroupSize()).group(dataset);
        long totalMib = labVms.stream().mapToLong(LabVm::memoryMib).sum();
        long largest = labVms.stream().mapToLong(LabVm::memoryMib).max().orElse(0);
        long vcpus = labVms.stream().mapToLong(LabVm::vcpus).sum();
        HostSizing.Choice sizing = HostSizing.choose(options, totalMib, largest, vcpus);
        Pool pool = new Pool("lab-pool", dataset.name() + " pool", "harmony-lab");
        for (int count = sizing.count(); count <= sizing.count() + MAX_EXTRA_HOSTS; count++) {
            List<Host> hosts = hosts(pool, sizing.model(), count);
            LabRules.Result rules = new LabRules(groups, labVms, options.seed()).build(firstZone(hosts));
            List<Vm> vms = vms(labVms, groups, rules.pciVms());
            Optional<Placement> placement = new InitialPlacement(options.maxHostMemoryFill(), options.maxVcpuPerCore(),
                    Set.of(LabRules.PCI)).place(vms, hosts, rules.mustAntiAffinity(), options.seed());
            if (placement.isPresent()) {
                String rule = count == sizing.count() ? sizing.rule() : sizing.rule() + String.format(Locale.ROOT,
                        "; %d host(s) added so that the initial placement fits", count - sizing.count());
                return finish(pool, hosts, vms, placement.get(), rules, groups, sizing.model(), rule);
            }
            LOG.info("{}: initial placement found no room on {} hosts; adding one", dataset.name(), count);
        }
        throw new IllegalStateException("no initial placement for " + dataset.name() + " even with "
                + MAX_EXTRA_HOSTS + " extra hosts");
    }

    private Datacenter finish(Pool pool, List<Host> hosts, List<Vm> vms, Placement placement, LabRules.Result rules,
            ApplicationGroups groups, HostModel model, String sizingRule) {
        List<Host> finalHosts = new ArrayList<>(hosts);
        List<Constraint> constraints = new ArrayList<>(rules.constraints());
        if (options.hostInMaintenance()) {
            for (int i = finalHosts.size() - 1; i >= 0; i--) {
                Host h = finalHosts.get(i);
                if (!h.hasTag(LabRules.PCI)) {
                    finalHosts.set(i, h.withMaintenance(true));
                    constraints.add(new HostMaintenance(h.id(), "firmware update (lab scenario)"));
                    break;
                }
            }
        }
        Datacenter dc = new Datacenter(pool, finalHosts, vms, placement, constraints, groups, model, sizingRule);
        LOG.info("lab datacenter: {} hosts, {} VMs, {} groups, {} rules; {}", finalHosts.size(), vms.size(),
                groups.members().size(), constraints.size(), sizingRule);
        return dc;
    }

    /** Hosts {@code host-01..} in zones {@code az-1..} round robin; the first two (two zones when there are) carry {@code pci}. */
    private List<Host> hosts(Pool pool, HostModel model, int count) {
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format(Locale.ROOT, "host-%02d", i + 1);
            String zone = "az-" + (i % options.zones() + 1);
            Set<String> tags = i < 2 ? Set.of(LabRules.PCI) : Set.of();
            hosts.add(new Host(id, "lab-" + zone + "-" + id, pool.id(), model.cores(), model.cpuCapacityMhz(),
                    model.memoryMib(), model.networkMbps(), zone, tags, false));
        }
        return hosts;
    }

    private static Set<String> firstZone(List<Host> hosts) {
        Set<String> ids = new TreeSet<>();
        hosts.stream().filter(h -> h.availabilityZone().equals("az-1")).forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** The file name without folder and extension: {@code 2013-7/12.csv.gz} becomes {@code 12}. */
    private static String displayName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.indexOf(".csv");
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private List<Vm> vms(List<LabVm> labVms, ApplicationGroups groups, Set<String> pci) {
        Map<String, String> groupOf = groups.groupByVm();
        List<Vm> vms = new ArrayList<>();
        for (LabVm v : labVms) {
            SyntheticMetadata.Metadata meta = SyntheticMetadata.of(options.seed(), v.id(), v.vcpus());
            vms.add(new Vm(v.id(), displayName(v.file()), Math.max(1, v.vcpus()), v.cpuCapacityMhz(), Math.max(1, v.memoryMib()),
                    meta.guestOs(), groupOf.getOrDefault(v.id(), ""), pci.contains(v.id()) ? Set.of(LabRules.PCI) : Set.of(),
                    meta.template()));
        }
        return vms;
    }
}
