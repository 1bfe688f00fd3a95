package dev.harmony.engine.whatif;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.simulation.HostOutage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The host side of a scenario: hosts added, removed and put into maintenance, each checked when applied
 * so that at every moment some host stays in service and the in-service hosts can hold the VMs' memory.
 */
final class HostChanges {
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<HostOutage> outages = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final Instant start;
    private final Instant end;
    private final double memoryFill;

    HostChanges(List<Host> baseline, Instant start, Instant end, double memoryFill) {
        baseline.forEach(h -> hosts.put(h.id(), h));
        this.start = start;
        this.end = end;
        this.memoryFill = memoryFill;
    }

    List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    List<HostOutage> outages() {
        return List.copyOf(outages);
    }

    boolean removed(String id) {
        return removed.contains(id);
    }

    Optional<Host> host(String id) {
        return Optional.ofNullable(hosts.get(id));
    }

    String add(ScenarioChange.AddHosts a, String at) {
        String pool = hosts.values().stream().findFirst().map(Host::poolId).orElse("pool");
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= a.count(); k++) {
            String id = String.format(Locale.ROOT, "%s%02d", a.namePrefix(), k);
            if (hosts.containsKey(id)) {
                throw new ScenarioException("", at + ".name_prefix", "host id '" + id + "' already exists");
            }
            hosts.put(id, new Host(id, id, pool, a.cpuCores(), a.cpuMhz(), a.memoryMib(), a.networkMbps(), a.zone(),
                    java.util.Set.of(), false));
            ids.add(id);
        }
        return "added " + a.count() + " host(s) " + ids + " (" + a.cpuCores() + " cores, " + a.cpuMhz() + " MHz, "
                + a.memoryMib() + " MiB)";
    }

    String remove(ScenarioChange.RemoveHosts r, String at, long vmMemoryMib) {
        for (int j = 0; j < r.hosts().size(); j++) {
            String id = known(r.hosts().get(j), at + ".hosts[" + j + "]");
            removed.add(id);
            outages.add(new HostOutage(id, start, Optional.empty(), true));
        }
        requireServiceAt(start, at, "removes every host; at least one must stay in service", vmMemoryMib);
        return "removed " + r.hosts() + " from " + start;
    }

    String maintain(ScenarioChange.Maintenance m, String at, long vmMemoryMib) {
        Instant from = m.from().orElse(start);
        if (from.isBefore(start) || !from.isBefore(end)) {
            throw new ScenarioException("", at + ".from", "must lie within the horizon " + start + " .. " + end + ", was " + from);
        }
        if (m.until().isPresent() && !m.until().get().isAfter(from)) {
            throw new ScenarioException("", at + ".until", "must be after the maintenance starts (" + from + "), was " + m.until().get());
        }
        for (int j = 0; j < m.hosts().size(); j++) {
            String id = known(m.hosts().get(j), at + ".hosts[" + j + "]");
            outages.add(new HostOutage(id, from, m.until(), false));
        }
        requireServiceAt(from, at + ".hosts", "puts every host in service into maintenance at " + from
                + "; their VMs would have nowhere to go", vmMemoryMib);
        return "maintenance on " + m.hosts() + " from " + from + m.until().map(u -> " until " + u).orElse(" to the end");
    }

    /** Hosts in service at a time: not in maintenance from the start, not removed, under no outage then. */
    List<Host> inServiceAt(Instant t) {
        List<Host> out = new ArrayList<>();
        for (Host h : hosts.values()) {
            boolean out1 = outages.stream().anyMatch(o -> o.hostId().equals(h.id()) && o.covers(t));
            boolean maintenanceFromStart = h.inMaintenance() && outages.stream().noneMatch(o -> o.hostId().equals(h.id()));
            if (!out1 && !maintenanceFromStart) {
                out.add(h);
            }
        }
        return out;
    }

    /** The largest memory and CPU of any host in service at the start, for "larger than any host" checks. */
    Host largestInService() {
        return inServiceAt(start).stream().max(java.util.Comparator.comparingLong(Host::memoryMib)).orElseThrow();
    }

    private void requireServiceAt(Instant t, String at, String problem, long vmMemoryMib) {
        List<Host> left = inServiceAt(t);
        if (left.isEmpty()) {
            throw new ScenarioException("", at, problem);
        }
        double room = left.stream().mapToDouble(h -> memoryFill * h.memoryMib()).sum();
        if (room < vmMemoryMib) {
            throw new ScenarioException("", at, String.format(Locale.ROOT,
                    "leaves %.0f GiB of usable host memory in service at %s for %.0f GiB of VMs", room / 1024, t, vmMemoryMib / 1024.0));
        }
    }

    private String known(String id, String at) {
        if (!hosts.containsKey(id)) {
            throw new ScenarioException("", at, "unknown host '" + id + "'; known hosts: " + sample(hosts.keySet()));
        }
        if (removed.contains(id)) {
            throw new ScenarioException("", at, "host '" + id + "' is already removed by an earlier change");
        }
        return id;
    }

    static String sample(java.util.Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        return sorted.size() <= 8 ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, 8)) + ", … (" + sorted.size() + " in all)";
    }
}
