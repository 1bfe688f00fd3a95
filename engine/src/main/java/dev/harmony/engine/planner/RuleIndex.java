package dev.harmony.engine.planner;

import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import dev.harmony.engine.model.ZoneRule;
import dev.harmony.engine.simulation.HostOutage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A pool's rules, indexed by VM and host for the planner: host-level rules per VM, VM-VM pairs, exclusions, closed hosts. */
final class RuleIndex {
    private final Map<String, Set<String>> mustOn = new HashMap<>();
    private final Map<String, Set<String>> mustOff = new HashMap<>();
    private final Map<String, Set<String>> shouldOn = new HashMap<>();
    private final Map<String, Set<String>> shouldOff = new HashMap<>();
    private final Map<String, Set<String>> zones = new HashMap<>();
    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Map<String, List<String>> rulesOfVm = new HashMap<>();
    private final List<RulePair> pairs = new ArrayList<>();
    private final Set<String> excluded = new HashSet<>();
    private final Map<String, String> closedWhy = new HashMap<>();
    private final List<VmAffinityRule> vmRules = new ArrayList<>();

    /**
     * @param horizonEnd hosts whose maintenance starts before it are closed too
     */
    RuleIndex(List<Constraint> constraints, List<Host> hosts, List<HostOutage> maintenance, Instant horizonEnd) {
        for (Host h : hosts) {
            if (h.inMaintenance()) {
                closedWhy.put(h.id(), "in maintenance");
            }
        }
        for (HostOutage o : maintenance) {
            if (o.from().isBefore(horizonEnd)) {
                closedWhy.putIfAbsent(o.hostId(), (o.removed() ? "removed" : "enters maintenance") + " at " + o.from());
            }
        }
        for (Constraint c : constraints) {
            if (c instanceof VmAffinityRule r) {
                vmRules.add(r);
                List<String> ids = List.copyOf(r.vmIds());
                for (int i = 0; i < ids.size(); i++) {
                    note(ids.get(i), r.name());
                    for (int j = i + 1; j < ids.size(); j++) {
                        pairs.add(new RulePair(r.name(), ids.get(i), ids.get(j), r.together(), r.strength()));
                    }
                }
            } else if (c instanceof VmHostRule r) {
                boolean must = r.strength() == Strength.MUST;
                for (String vm : r.vmIds()) {
                    note(vm, r.name());
                    if (r.onHosts()) {
                        intersect(must ? mustOn : shouldOn, vm, r.hostIds());
                    } else {
                        (must ? mustOff : shouldOff).computeIfAbsent(vm, k -> new HashSet<>()).addAll(r.hostIds());
                    }
                }
            } else if (c instanceof ZoneRule r) {
                r.vmIds().forEach(vm -> {
                    note(vm, r.name());
                    intersect(zones, vm, r.allowedZones());
                });
            } else if (c instanceof ComplianceRule r) {
                r.vmIds().forEach(vm -> {
                    note(vm, r.name());
                    tags.computeIfAbsent(vm, k -> new HashSet<>()).add(r.tag());
                });
            } else if (c instanceof ExcludedVms r) {
                excluded.addAll(r.vmIds());
            } else if (c instanceof HostMaintenance m) {
                closedWhy.put(m.hostId(), "in maintenance (" + m.reason() + ")");
            }
        }
    }

    private void note(String vm, String rule) {
        rulesOfVm.computeIfAbsent(vm, k -> new ArrayList<>()).add(rule);
    }

    private static void intersect(Map<String, Set<String>> map, String vm, Set<String> allowed) {
        Set<String> current = map.get(vm);
        if (current == null) {
            map.put(vm, new HashSet<>(allowed));
        } else {
            current.retainAll(allowed);
            // An empty intersection means no host satisfies every rule; a sentinel keeps it non-empty but unmatched.
            if (current.isEmpty()) {
                current.add("\u0000none");
            }
        }
    }

    HostRules hostRules(String vm) {
        return new HostRules(mustOn.getOrDefault(vm, Set.of()), mustOff.getOrDefault(vm, Set.of()),
                shouldOn.getOrDefault(vm, Set.of()), shouldOff.getOrDefault(vm, Set.of()), zones.getOrDefault(vm, Set.of()),
                tags.getOrDefault(vm, Set.of()));
    }

    /** The names of the rules that name the VM, for explanations. */
    List<String> rulesOf(String vm) {
        return rulesOfVm.getOrDefault(vm, List.of());
    }

    List<RulePair> pairs() {
        return pairs;
    }

    List<VmAffinityRule> vmRules() {
        return vmRules;
    }

    /** The VMs any VM-VM rule names. */
    Set<String> pairedVms() {
        Set<String> out = new HashSet<>();
        pairs.forEach(p -> {
            out.add(p.vmA());
            out.add(p.vmB());
        });
        return out;
    }

    boolean excluded(String vm) {
        return excluded.contains(vm);
    }

    boolean closed(String host) {
        return closedWhy.containsKey(host);
    }

    String closedWhy(String host) {
        return closedWhy.getOrDefault(host, "");
    }
}
