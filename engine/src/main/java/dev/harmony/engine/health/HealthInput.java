package dev.harmony.engine.health;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the health index looks at, for one moment.
 *
 * @param at       the moment: the end of the observed window and the start of the forecast one
 * @param hosts    the hosts that count: in service, or in maintenance but still running VMs
 * @param hostByVm where each VM runs; every host named must be among {@code hosts}
 * @param pairs    the co-located pairs with their affinity; empty when no two VMs share a host
 */
public record HealthInput(Instant at, List<HostHealthInput> hosts, Map<String, String> hostByVm, List<CoLocatedPair> pairs) {
    public HealthInput {
        Objects.requireNonNull(at, "at");
        hosts = List.copyOf(hosts);
        hostByVm = java.util.Collections.unmodifiableMap(new TreeMap<>(hostByVm));
        pairs = List.copyOf(pairs);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("health needs at least one host");
        }
        Set<String> ids = new HashSet<>();
        for (HostHealthInput h : hosts) {
            if (!ids.add(h.hostId())) {
                throw new IllegalArgumentException("host " + h.hostId() + " appears twice");
            }
        }
        for (var e : hostByVm.entrySet()) {
            if (!ids.contains(e.getValue())) {
                throw new IllegalArgumentException("VM " + e.getKey() + " runs on " + e.getValue() + ", which is not among the hosts");
            }
        }
        for (CoLocatedPair p : pairs) {
            if (!p.hostId().equals(hostByVm.get(p.vmA())) || !p.hostId().equals(hostByVm.get(p.vmB()))) {
                throw new IllegalArgumentException("pair " + p.label() + " is not co-located on " + p.hostId());
            }
        }
    }
}
