package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds the seed's candidates: co-located pairs whose predicted affinity is below the migration threshold,
 * among each host's busiest VMs, hosts whose forecast P95 breaches the headroom target, and VMs on hosts
 * that are closing. A VM's priority
 * is the affinity shortfall of its low pairs, weighted by load, plus its share of a hot host's excess.
 */
final class CandidateFinder {
    private final PoolView pool;

    CandidateFinder(PoolView pool) {
        this.pool = pool;
    }

    Candidates find() {
        List<PredictedAffinity.Query> queries = new ArrayList<>();
        pool.vmsOn.keySet().forEach(host -> {
            List<String> vms = pool.busiestOn(host);
            for (int i = 0; i < vms.size(); i++) {
                for (int j = i + 1; j < vms.size(); j++) {
                    queries.add(new PredictedAffinity.Query(vms.get(i), vms.get(j), pool.capacity.get(host)));
                }
            }
        });
        pool.request.affinity().prepare(queries);
        Map<String, Double> priority = new HashMap<>();
        List<Candidates.LowPair> low = new ArrayList<>();
        double threshold = pool.options.threshold();
        for (PredictedAffinity.Query q : queries) {
            OptionalDouble s = pool.request.affinity().score(q.vmA(), q.vmB(), q.shared());
            if (s.isPresent() && s.getAsDouble() < threshold) {
                String host = pool.hostOf(q.vmA());
                double weight = pool.pairWeight(q.vmA(), q.vmB(), host);
                low.add(new Candidates.LowPair(q.vmA(), q.vmB(), host, s.getAsDouble(), weight));
                double p = (threshold - s.getAsDouble()) * (weight + 1e-6);
                priority.merge(q.vmA(), p, Double::sum);
                priority.merge(q.vmB(), p, Double::sum);
            }
        }
        low.sort(Comparator.comparingDouble(Candidates.LowPair::score));
        List<Candidates.HotHost> hot = new ArrayList<>();
        Set<String> forced = new LinkedHashSet<>();
        for (String host : pool.hosts.keySet()) {
            List<String> vms = pool.vmsOn.get(host);
            if (pool.rules.closed(host)) {
                vms.stream().filter(vm -> !pool.rules.excluded(vm)).forEach(forced::add);
                continue;
            }
            double[] u = pool.peakUtilisation(host);
            int worst = 0;
            for (int r = 1; r < u.length; r++) {
                worst = u[r] > u[worst] ? r : worst;
            }
            if (u[worst] > pool.options.headroomTarget()) {
                hot.add(new Candidates.HotHost(host, Resource.values()[worst].key(), u[worst]));
                double excess = u[worst] - pool.options.headroomTarget();
                double[] cap = pool.capacityArray(host);
                for (String vm : vms) {
                    priority.merge(vm, excess * pool.loads.loadShare(vm, cap, pool.resourceWeights), Double::sum);
                }
            }
        }
        breakingMustRules(pool).stream().filter(vm -> !pool.rules.excluded(vm)).forEach(forced::add);
        hot.sort(Comparator.comparingDouble(Candidates.HotHost::utilisation).reversed());
        List<String> ranked = new ArrayList<>(forced);
        priority.entrySet().stream()
                .filter(e -> !forced.contains(e.getKey()) && !pool.rules.excluded(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .forEach(ranked::add);
        List<String> capped = ranked.subList(0, Math.min(ranked.size(), Math.max(forced.size(), pool.options.maxCandidates())));
        return new Candidates(capped, low, hot);
    }

    /**
     * VMs that break a must-rule where they run now: both VMs of a must-anti-affinity pair on one host, or
     * a VM on a host its must VM-host rules forbid. They are candidates whatever their affinity, so that the
     * solver may repair the rule.
     */
    static Set<String> breakingMustRules(PoolView pool) {
        Set<String> out = new java.util.TreeSet<>();
        for (RulePair p : pool.rules.pairs()) {
            if (p.strength() == dev.harmony.engine.model.Strength.MUST && !p.together() && pool.vms.containsKey(p.vmA())
                    && pool.vms.containsKey(p.vmB()) && pool.hostOf(p.vmA()) != null
                    && pool.hostOf(p.vmA()).equals(pool.hostOf(p.vmB()))) {
                out.add(p.vmA());
                out.add(p.vmB());
            }
        }
        for (String vm : pool.vms.keySet()) {
            HostRules rules = pool.rules.hostRules(vm);
            String host = pool.hostOf(vm);
            if (host != null && (!rules.mustOn().isEmpty() && !rules.mustOn().contains(host) || rules.mustOff().contains(host))) {
                out.add(vm);
            }
        }
        return out;
    }

    /** A hot host in words, e.g. {@code host-03 cpu P95 at 92 %}. */
    static String describe(Candidates.HotHost h) {
        return String.format(Locale.ROOT, "%s %s P95 at %.0f %%", h.hostId(), h.resource(), 100 * h.utilisation());
    }
}
