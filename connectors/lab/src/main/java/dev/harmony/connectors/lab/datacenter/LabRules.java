package dev.harmony.connectors.lab.datacenter;

import dev.harmony.connectors.lab.dataset.LabVm;
import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.model.VmHostRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The lab's placement rules, all synthetic (the traces have none) but built on the inferred application
 * groups: two must anti-affinity pairs and two should affinity pairs (each the two largest VMs of one
 * group), one group that should run on the hosts of the first zone, three small {@code pci} VMs, and one
 * excluded VM. When the groups run out, pairs are drawn from ungrouped VMs with the seed.
 */
final class LabRules {
    static final String PCI = "pci";
    private static final long PCI_MAX_MIB = 16 * 1024;

    /** The rules and who they name. */
    record Result(List<Constraint> constraints, List<VmAffinityRule> mustAntiAffinity, Set<String> pciVms,
            Optional<String> excludedVm) {
    }

    private final Deque<Map.Entry<String, List<String>>> groups;
    private final List<LabVm> vms;
    private final Set<String> used = new HashSet<>();
    private final Random random;
    private int seededPairs;

    LabRules(ApplicationGroups groups, List<LabVm> vms, long seed) {
        this.groups = new ArrayDeque<>(groups.members().entrySet());
        this.vms = vms;
        this.random = new Random(seed + 7);
    }

    /** @param firstZoneHosts the hosts of the first zone, for the VM-host rule */
    Result build(Set<String> firstZoneHosts) {
        List<Constraint> rules = new ArrayList<>();
        List<VmAffinityRule> must = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nextGroup(2).ifPresent(g -> must.add(new VmAffinityRule("anti-affinity-" + g.name, g.vms, false, Strength.MUST)));
        }
        rules.addAll(must);
        for (int i = 0; i < 2; i++) {
            nextGroup(2).ifPresent(g -> rules.add(new VmAffinityRule("affinity-" + g.name, g.vms, true, Strength.SHOULD)));
        }
        nextGroup(Integer.MAX_VALUE).ifPresent(g -> rules.add(
                new VmHostRule(g.name + "-on-first-zone", g.vms, firstZoneHosts, true, Strength.SHOULD)));
        Set<String> pci = pick(3, vm -> vm.memoryMib() <= PCI_MAX_MIB);
        if (!pci.isEmpty()) {
            rules.add(new ComplianceRule(PCI, pci));
        }
        Set<String> excluded = pick(1, vm -> true);
        if (!excluded.isEmpty()) {
            rules.add(new ExcludedVms("lab-excluded", excluded,
                    "licence-pinned appliance in the lab scenario (synthetic rule)"));
        }
        return new Result(rules, must, pci, excluded.stream().findFirst());
    }

    private record Group(String name, Set<String> vms) {
    }

    /** The next unused group's largest VMs (at most {@code size}), or a seeded pair of ungrouped VMs. */
    private Optional<Group> nextGroup(int size) {
        while (!groups.isEmpty()) {
            Map.Entry<String, List<String>> g = groups.poll();
            List<String> free = g.getValue().stream().filter(v -> !used.contains(v)).toList();
            if (free.size() >= 2) {
                List<String> chosen = vms.stream().filter(vm -> free.contains(vm.id()))
                        .sorted(Comparator.comparingLong(LabVm::memoryMib).reversed()).limit(size).map(LabVm::id).toList();
                used.addAll(chosen);
                return Optional.of(new Group(g.getKey(), new LinkedHashSet<>(chosen)));
            }
        }
        Set<String> pair = pick(2, vm -> true);
        return pair.size() == 2 ? Optional.of(new Group("seeded-pair-" + ++seededPairs, pair)) : Optional.empty();
    }

    private Set<String> pick(int n, java.util.function.Predicate<LabVm> eligible) {
        List<LabVm> free = new ArrayList<>(vms.stream().filter(vm -> !used.contains(vm.id()) && eligible.test(vm)).toList());
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < n && !free.isEmpty()) {
            picked.add(free.remove(random.nextInt(free.size())).id());
        }
        if (picked.size() < n) {
            return Set.of();
        }
        used.addAll(picked);
        return picked;
    }
}
