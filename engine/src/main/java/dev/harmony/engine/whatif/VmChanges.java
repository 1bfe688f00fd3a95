package dev.harmony.engine.whatif;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.simulation.SimulationDemand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The VM side of a scenario: VMs added from a template and placed, demand scaled for a group. Each
 * returns the change to the demand as a function, applied once the baseline demand exists.
 */
final class VmChanges {
    /** What a change did to the VMs, and what it does to the demand. */
    record Added(String description, UnaryOperator<SimulationDemand> demand) {
    }

    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final Map<String, String> placement;
    private final HostChanges hosts;
    private final double memoryFill;

    VmChanges(List<Vm> baseline, Placement placement, HostChanges hosts, double memoryFill) {
        baseline.forEach(v -> vms.put(v.id(), v));
        this.placement = new LinkedHashMap<>(placement.hostByVm());
        this.hosts = hosts;
        this.memoryFill = memoryFill;
    }

    List<Vm> vms() {
        return List.copyOf(vms.values());
    }

    Map<String, String> placement() {
        return placement;
    }

    Collection<String> ids() {
        return vms.keySet();
    }

    Optional<Vm> vm(String id) {
        return Optional.ofNullable(vms.get(id));
    }

    long memoryMib() {
        return vms.values().stream().mapToLong(Vm::memoryMib).sum();
    }

    Added add(ScenarioChange.AddVms a, String at, Instant start) {
        VmTemplate t = a.template();
        Host largest = hosts.largestInService();
        if (t.memoryMib() > largest.memoryMib() * memoryFill || t.cpuMhz() > largest.cpuCapacityMhz()
                || t.vcpus() > 4 * largest.cpuCores()) {
            throw new ScenarioException("", at, String.format(Locale.ROOT,
                    "a VM of %d vCPUs, %d MHz and %d MiB is larger than any host in service (largest: %s, %d cores, %d MHz, "
                            + "%d MiB of which %.0f %% may be provisioned)", t.vcpus(), t.cpuMhz(), t.memoryMib(), largest.id(),
                    largest.cpuCores(), largest.cpuCapacityMhz(), largest.memoryMib(), 100 * memoryFill));
        }
        if (t.likeVm().isPresent() && !vms.containsKey(t.likeVm().get())) {
            throw new ScenarioException("", at + ".like_vm", "unknown VM '" + t.likeVm().get() + "'; known VMs: " + HostChanges.sample(vms.keySet()));
        }
        if (a.host().isPresent()) {
            if (hosts.host(a.host().get()).isEmpty()) {
                throw new ScenarioException("", at + ".host", "unknown host '" + a.host().get() + "'");
            }
            if (hosts.inServiceAt(start).stream().noneMatch(h -> h.id().equals(a.host().get()))) {
                throw new ScenarioException("", at + ".host", "host '" + a.host().get() + "' is not in service at " + start);
            }
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> like = new LinkedHashMap<>();
        for (int k = 1; k <= a.count(); k++) {
            String id = String.format(Locale.ROOT, "%s%02d", a.namePrefix(), k);
            if (vms.containsKey(id)) {
                throw new ScenarioException("", at + ".name_prefix", "VM id '" + id + "' already exists");
            }
            Vm vm = new Vm(id, id, t.vcpus(), t.cpuMhz(), t.memoryMib(), "", a.application(), Set.of(), "scenario-template");
            String host = a.host().orElseGet(() -> roomiest(vm, start, at));
            if (!hasRoom(host, vm)) {
                throw new ScenarioException("", at + ".host", "host '" + host + "' has no room for " + id + " (" + t.memoryMib() + " MiB)");
            }
            vms.put(id, vm);
            placement.put(id, host);
            ids.add(id);
            t.likeVm().ifPresent(l -> like.put(id, l));
        }
        float[] constant = new float[Resource.values().length];
        constant[Resource.CPU.ordinal()] = (float) t.cpuDemandMhz();
        constant[Resource.MEMORY.ordinal()] = (float) (t.memoryDemandMib() * 1024);
        String demand = t.likeVm().map(l -> "demand copied from " + l)
                .orElse(String.format(Locale.ROOT, "constant demand %.0f MHz, %.0f MiB", t.cpuDemandMhz(), t.memoryDemandMib()));
        return new Added("added " + a.count() + " VM(s) " + ids + " (" + t.vcpus() + " vCPUs, " + t.memoryMib() + " MiB, " + demand + ")",
                d -> like.isEmpty() ? d.withConstant(ids, constant) : d.withCopies(like));
    }

    Added scale(ScenarioChange.ScaleDemand s, String at) {
        VmGroup g = s.group();
        for (int j = 0; j < g.vms().size(); j++) {
            if (!vms.containsKey(g.vms().get(j))) {
                throw new ScenarioException("", at + ".group.vms[" + j + "]", "unknown VM '" + g.vms().get(j) + "'; known VMs: "
                        + HostChanges.sample(vms.keySet()));
            }
        }
        List<String> members = vms.values().stream().filter(g::contains).map(Vm::id).toList();
        if (members.isEmpty()) {
            String field = g.application().isPresent() ? ".group.application" : ".group.tag";
            throw new ScenarioException("", at + field, g.describe() + " matches no VM");
        }
        double factor = 1 + s.percent() / 100;
        Set<String> chosen = Set.copyOf(members);
        return new Added(String.format(Locale.ROOT, "demand of %s (%d VMs) %+.0f %% for %s", g.describe(), members.size(),
                s.percent(), ScenarioApplier.keys(s.resources())), d -> d.scaled(chosen::contains, s.resources(), factor));
    }

    /** The host in service at the start with the most free memory that fits the VM. */
    private String roomiest(Vm vm, Instant start, String at) {
        Map<String, Long> committed = new HashMap<>();
        placement.forEach((v, h) -> committed.merge(h, vms.get(v).memoryMib(), Long::sum));
        return hosts.inServiceAt(start).stream()
                .filter(h -> hasRoom(h.id(), vm))
                .max(Comparator.comparingDouble(h -> memoryFill * h.memoryMib() - committed.getOrDefault(h.id(), 0L)))
                .map(Host::id)
                .orElseThrow(() -> new ScenarioException("", at, "no host in service has room for " + vm.id() + " ("
                        + vm.memoryMib() + " MiB)"));
    }

    private boolean hasRoom(String hostId, Vm vm) {
        long used = placement.entrySet().stream().filter(e -> e.getValue().equals(hostId))
                .mapToLong(e -> vms.get(e.getKey()).memoryMib()).sum();
        return used + vm.memoryMib() <= memoryFill * hosts.host(hostId).orElseThrow().memoryMib();
    }
}
