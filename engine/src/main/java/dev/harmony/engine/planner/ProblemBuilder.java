package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.simulation.MigrationCost;
import dev.harmony.engine.simulation.MigrationOptions;
import dev.harmony.engine.simulation.PreCopyCostModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns the pool and its candidates into the solver's problem. The candidates and every VM a VM-VM rule
 * names become assignments (the latter pinned unless candidates); all other VMs stay put and are summed
 * into their host's fixed load, which keeps a 10,000-VM pool to a few hundred planning entities.
 */
final class ProblemBuilder {
    private static final int R = Resource.values().length;
    private final PoolView pool;
    private final MigrationOptions migration;

    ProblemBuilder(PoolView pool, MigrationOptions migration) {
        this.pool = pool;
        this.migration = migration;
    }

    Problem build(Candidates candidates) {
        Set<String> movable = new LinkedHashSet<>(candidates.vms());
        Set<String> entities = new LinkedHashSet<>(movable);
        entities.addAll(pool.rules.pairedVms().stream().filter(pool.vms::containsKey).sorted().toList());
        Set<String> pinned = pinned(entities, movable);
        Map<String, HostSlot> slots = hostSlots(entities);
        Map<String, MigrationCost> costs = new HashMap<>();
        Map<String, List<HostSlot>> targets = new HashMap<>();
        for (String vm : entities) {
            targets.put(vm, pinned.contains(vm) ? List.of(slots.get(pool.hostOf(vm))) : targets(vm, slots));
        }
        prepareAffinity(entities, targets);
        List<VmAssignment> assignments = new ArrayList<>();
        Map<String, VmAssignment> byVm = new LinkedHashMap<>();
        for (String vm : entities) {
            HostSlot original = slots.get(pool.hostOf(vm));
            MigrationCost cost = cost(vm);
            costs.put(vm, cost);
            double share = Math.min(1, cost.duration().toMillis() / 1000.0 / pool.options.slot().getSeconds());
            double[] onTarget = new double[R];
            double[] onSource = new double[R];
            onTarget[Resource.CPU.ordinal()] = share * cost.targetCpuMhz();
            onSource[Resource.CPU.ordinal()] = share * cost.sourceCpuMhz();
            onTarget[Resource.NETWORK.ordinal()] = share * cost.linkMibps() * 1024;
            onSource[Resource.NETWORK.ordinal()] = share * cost.linkMibps() * 1024;
            long migrationCost = Math.round(pool.options.weights().migrationPerMinute() * cost.duration().toMillis() / 60_000.0);
            VmFacts facts = new VmFacts(vm, pool.vms.get(vm).memoryMib(), original, pool.loads.expected(vm),
                    pool.loads.spread2(vm), onTarget, onSource, Math.max(1, migrationCost),
                    neighbourCosts(vm, targets.get(vm), entities, slots.size()), pairCosts(vm, entities, targets),
                    pool.rules.hostRules(vm), pool.rules.excluded(vm), leftRecently(vm), targets.get(vm));
            VmAssignment a = new VmAssignment(facts, pinned.contains(vm));
            assignments.add(a);
            byVm.put(vm, a);
        }
        ScoreSettings settings = new ScoreSettings(pool.options.maxMoves(), pool.options.weights().balance(),
                pool.options.weights().headroom(), pool.options.headroomTarget(), pool.options.weights().shouldRule());
        List<RulePair> pairs = pool.rules.pairs().stream()
                .filter(p -> byVm.containsKey(p.vmA()) && byVm.containsKey(p.vmB())).toList();
        PlacementSolution solution = new PlacementSolution(List.copyOf(slots.values()), pairs, settings, assignments);
        return new Problem(solution, byVm, slots, costs);
    }

    /** Not candidates; excluded; moved within the hysteresis time; or in a must-together group that is together now. */
    private Set<String> pinned(Set<String> entities, Set<String> movable) {
        Set<String> out = new HashSet<>();
        Instant recent = pool.request.at().minus(pool.options.hysteresis());
        for (String vm : entities) {
            boolean movedRecently = pool.request.history().stream().anyMatch(m -> m.vm().equals(vm) && m.at().isAfter(recent));
            if (!movable.contains(vm) || pool.rules.excluded(vm) || movedRecently) {
                out.add(vm);
            }
        }
        for (VmAffinityRule r : pool.rules.vmRules()) {
            // The executor refuses to split a must-together group, so a group that is together stays.
            if (r.together() && r.strength() == Strength.MUST
                    && r.vmIds().stream().map(pool::hostOf).distinct().count() == 1) {
                out.addAll(r.vmIds());
            }
        }
        // A VM on a closing host must be free to leave unless it is excluded.
        for (String vm : entities) {
            String host = pool.hostOf(vm);
            if (pool.rules.closed(host) && !pool.rules.excluded(vm)) {
                out.remove(vm);
            }
        }
        return out;
    }

    /** The host it left in a move within twice the hysteresis time, which it may not go back to. */
    private String leftRecently(String vm) {
        Instant since = pool.request.at().minus(pool.options.hysteresis().multipliedBy(2));
        return pool.request.history().stream()
                .filter(m -> m.vm().equals(vm) && m.at().isAfter(since))
                .max(Comparator.comparing(RecentMove::at))
                .map(RecentMove::from).orElse(null);
    }

    private Map<String, HostSlot> hostSlots(Set<String> entities) {
        Map<String, HostSlot> out = new LinkedHashMap<>();
        int index = 0;
        for (String host : pool.hosts.keySet()) {
            double[][] e = new double[R][pool.loads.slots()];
            double[][] s = new double[R][pool.loads.slots()];
            long memory = 0;
            for (String vm : pool.vmsOn.get(host)) {
                if (!entities.contains(vm)) {
                    PoolView.add(e, pool.loads.expected(vm));
                    PoolView.add(s, pool.loads.spread2(vm));
                    memory += pool.vms.get(vm).memoryMib();
                }
            }
            var h = pool.hosts.get(host);
            out.put(host, new HostSlot(index++, host, h.availabilityZone(), h.tags(), pool.rules.closed(host),
                    pool.capacityArray(host), pool.memoryLimitMib(host), memory, e, s));
        }
        return out;
    }

    /** Its own host, then the least loaded open hosts its host-level must-rules allow. */
    private List<HostSlot> targets(String vm, Map<String, HostSlot> slots) {
        HostRules rules = pool.rules.hostRules(vm);
        String left = leftRecently(vm);
        HostSlot own = slots.get(pool.hostOf(vm));
        List<HostSlot> open = new ArrayList<>(slots.values().stream()
                .filter(h -> h != own && !h.closed() && !rules.breaksMustHost(h) && !rules.breaksZone(h)
                        && !rules.breaksCompliance(h) && !h.id().equals(left))
                .toList());
        open.sort(Comparator.comparingDouble((HostSlot h) -> PlacementConstraintProvider.squares(h.basePressure().peakUtilisation()))
                .thenComparing(HostSlot::id));
        List<HostSlot> out = new ArrayList<>();
        out.add(own);
        out.addAll(open.subList(0, Math.min(open.size(), pool.options.targetHosts())));
        return out;
    }

    private void prepareAffinity(Set<String> entities, Map<String, List<HostSlot>> targets) {
        List<PredictedAffinity.Query> queries = new ArrayList<>();
        for (String vm : entities) {
            for (HostSlot h : targets.get(vm)) {
                for (String other : pool.busiestOn(h.id())) {
                    if (!other.equals(vm) && !entities.contains(other)) {
                        queries.add(new PredictedAffinity.Query(vm, other, pool.capacity.get(h.id())));
                    }
                }
            }
        }
        List<String> list = List.copyOf(entities);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                HostSlot shared = firstShared(targets.get(list.get(i)), targets.get(list.get(j)));
                if (shared != null) {
                    queries.add(new PredictedAffinity.Query(list.get(i), list.get(j), pool.capacity.get(shared.id())));
                }
            }
        }
        pool.request.affinity().prepare(queries);
    }

    private static HostSlot firstShared(List<HostSlot> a, List<HostSlot> b) {
        for (HostSlot h : a) {
            if (b.contains(h)) {
                return h;
            }
        }
        return null;
    }

    private long[] neighbourCosts(String vm, List<HostSlot> targets, Set<String> entities, int hosts) {
        long[] out = new long[hosts];
        for (HostSlot h : targets) {
            long sum = 0;
            for (String other : pool.busiestOn(h.id())) {
                if (!other.equals(vm) && !entities.contains(other)) {
                    sum += pairCost(vm, other, h.id());
                }
            }
            out[h.index()] = sum;
        }
        return out;
    }

    private Map<String, Long> pairCosts(String vm, Set<String> entities, Map<String, List<HostSlot>> targets) {
        Map<String, Long> out = new HashMap<>();
        for (String other : entities) {
            if (!other.equals(vm)) {
                HostSlot shared = firstShared(targets.get(vm), targets.get(other));
                if (shared != null) {
                    long c = pairCost(vm, other, shared.id());
                    if (c > 0) {
                        out.put(other, c);
                    }
                }
            }
        }
        return out;
    }

    /** Affinity shortfall below the threshold, weighted by the pair's load share on the host. */
    long pairCost(String a, String b, String host) {
        OptionalDouble s = pool.request.affinity().score(a, b, pool.capacity.get(host));
        if (s.isEmpty() || s.getAsDouble() >= pool.options.threshold()) {
            return 0;
        }
        double shortfall = pool.options.threshold() - s.getAsDouble();
        return Math.round(pool.options.weights().affinity() * shortfall * pool.pairWeight(a, b, host));
    }

    MigrationCost cost(String vm) {
        double dirty = migration.baseDirtyMibPerSec() + migration.dirtyMibPerSecPerGhz() * pool.loads.meanCpuMhz(vm) / 1000;
        long link = Math.max(1, pool.hosts.get(pool.hostOf(vm)).networkMbps());
        return new PreCopyCostModel(migration).cost(Math.max(1, pool.vms.get(vm).memoryMib()), dirty, link);
    }
}
