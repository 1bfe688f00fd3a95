package dev.harmony.engine.health;

import dev.harmony.engine.affinity.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The health index of {@code docs/decisions/0004-health-index.md}: each component costs up to its points;
 * hosts lose points for their own headroom, contention, utilisation above the pool mean and pairs; the
 * pool loses the root mean square of its hosts' headroom and contention shortfalls, its utilisation
 * spread and the weighted mean affinity of all its pairs; a VM inherits its host's losses except
 * affinity, for which only its own pairs count. Stateless and thread-safe.
 */
public final class WeightedHealthIndex implements HealthIndex {
    private static final int MAX_CULPRITS = 10;
    private final HealthOptions options;

    public WeightedHealthIndex(HealthOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public HealthReport assess(HealthInput input) {
        List<HostTerms> terms = input.hosts().stream().map(h -> HostTerms.of(h, options)).toList();
        double[] poolMean = meanUtilisation(terms);
        Map<String, HealthScore> hosts = new HashMap<>();
        Map<String, List<PointsLost>> hostLosses = new HashMap<>();
        Map<String, List<CoLocatedPair>> pairsByHost = new HashMap<>();
        Map<String, List<CoLocatedPair>> pairsByVm = new HashMap<>();
        for (CoLocatedPair p : input.pairs()) {
            pairsByHost.computeIfAbsent(p.hostId(), k -> new ArrayList<>()).add(p);
            pairsByVm.computeIfAbsent(p.vmA(), k -> new ArrayList<>()).add(p);
            pairsByVm.computeIfAbsent(p.vmB(), k -> new ArrayList<>()).add(p);
        }
        for (HostTerms t : terms) {
            List<PointsLost> losses = List.of(
                    hostShare(HealthComponent.HEADROOM, t.headroom(), 1, t.headroomDetail()),
                    hostShare(HealthComponent.REALIZED_CONTENTION, t.realized(), options.contentionFullShare(), t.realizedDetail()),
                    hostShare(HealthComponent.PREDICTED_CONTENTION, t.predicted(), options.contentionFullShare(), t.predictedDetail()),
                    hostBalance(t, poolMean));
            hostLosses.put(t.hostId(), losses);
            List<PointsLost> all = new ArrayList<>(losses);
            all.add(PairTerms.of(pairsByHost.getOrDefault(t.hostId(), List.of()), options));
            hosts.put(t.hostId(), HealthScore.of(all));
        }
        Map<String, HealthScore> vms = new HashMap<>();
        input.hostByVm().forEach((vm, host) -> {
            List<PointsLost> all = new ArrayList<>(hostLosses.get(host));
            all.add(PairTerms.of(pairsByVm.getOrDefault(vm, List.of()), options));
            vms.put(vm, HealthScore.of(all));
        });
        HealthScore pool = HealthScore.of(List.of(
                poolRms(HealthComponent.HEADROOM, terms, HostTerms::headroom, 1, HostTerms::headroomDetail),
                poolRms(HealthComponent.REALIZED_CONTENTION, terms, HostTerms::realized, options.contentionFullShare(),
                        HostTerms::realizedDetail),
                poolRms(HealthComponent.PREDICTED_CONTENTION, terms, HostTerms::predicted, options.contentionFullShare(),
                        HostTerms::predictedDetail),
                poolBalance(terms, poolMean),
                PairTerms.of(input.pairs(), options)));
        return new HealthReport(input.at(), pool, hosts, vms);
    }

    /** A host's loss for a measure ramped from 0 to {@code full}; not assessed when the measure is NaN. */
    private PointsLost hostShare(HealthComponent c, double measure, double full, String detail) {
        if (Double.isNaN(measure)) {
            return PointsLost.notAssessed(c, options.points(c));
        }
        double lost = options.points(c) * Ramp.up(measure, 0, full);
        return new PointsLost(c, lost, options.points(c), true, measure,
                lost > 0 ? List.of(new Culprit("resource", detail.split(" ")[0], lost, detail)) : List.of());
    }

    /** The pool's loss: the root mean square of the hosts' ramped measures, attributed by their squares. */
    private PointsLost poolRms(HealthComponent c, List<HostTerms> terms, ToDoubleFunction<HostTerms> measure, double full,
                               java.util.function.Function<HostTerms, String> detail) {
        if (terms.stream().anyMatch(t -> Double.isNaN(measure.applyAsDouble(t)))) {
            return PointsLost.notAssessed(c, options.points(c));
        }
        double[] f = terms.stream().mapToDouble(t -> Ramp.up(measure.applyAsDouble(t), 0, full)).toArray();
        double lost = options.points(c) * Ramp.rms(f);
        double squares = 0;
        for (double v : f) {
            squares += v * v;
        }
        List<Culprit> culprits = new ArrayList<>();
        for (int i = 0; i < f.length && lost > 0; i++) {
            if (f[i] > 0) {
                culprits.add(new Culprit("host", terms.get(i).hostId(), lost * f[i] * f[i] / squares, detail.apply(terms.get(i))));
            }
        }
        return new PointsLost(c, lost, options.points(c), true, Ramp.rms(f), top(culprits));
    }

    private double[] meanUtilisation(List<HostTerms> terms) {
        double[] mean = new double[Resource.values().length];
        for (HostTerms t : terms) {
            for (int r = 0; r < mean.length; r++) {
                mean[r] += t.utilisation()[r] / terms.size();
            }
        }
        return mean;
    }

    /** Weighted mean over resources of a host's utilisation above ({@code above}) or away from the pool mean. */
    private double deviation(HostTerms t, double[] poolMean, boolean above) {
        double sum = 0;
        double weights = 0;
        for (Resource r : Resource.values()) {
            double d = t.utilisation()[r.ordinal()] - poolMean[r.ordinal()];
            sum += options.weight(r) * (above ? Math.max(0, d) : Math.abs(d));
            weights += options.weight(r);
        }
        return sum / weights;
    }

    private PointsLost hostBalance(HostTerms t, double[] poolMean) {
        double d = deviation(t, poolMean, true);
        double lost = options.points(HealthComponent.BALANCE) * Ramp.up(d, options.balanceFrom(), options.balanceTo());
        String detail = String.format(Locale.ROOT, "utilisation %.1f points above the pool mean (weighted over resources)", 100 * d);
        return new PointsLost(HealthComponent.BALANCE, lost, options.points(HealthComponent.BALANCE), true, d,
                lost > 0 ? List.of(new Culprit("host", t.hostId(), lost, detail)) : List.of());
    }

    /** Weighted over resources, the standard deviation of the hosts' mean utilisation. */
    private PointsLost poolBalance(List<HostTerms> terms, double[] poolMean) {
        double spread = 0;
        double weights = 0;
        for (Resource r : Resource.values()) {
            double squares = 0;
            for (HostTerms t : terms) {
                double d = t.utilisation()[r.ordinal()] - poolMean[r.ordinal()];
                squares += d * d;
            }
            spread += options.weight(r) * Math.sqrt(squares / terms.size());
            weights += options.weight(r);
        }
        spread /= weights;
        double max = options.points(HealthComponent.BALANCE);
        double lost = max * Ramp.up(spread, options.balanceFrom(), options.balanceTo());
        double total = terms.stream().mapToDouble(t -> deviation(t, poolMean, false)).sum();
        List<Culprit> culprits = new ArrayList<>();
        for (HostTerms t : terms) {
            double d = deviation(t, poolMean, false);
            if (lost > 0 && d > 0) {
                culprits.add(new Culprit("host", t.hostId(), lost * d / total, String.format(Locale.ROOT,
                        "utilisation %.1f points %s the pool mean", 100 * d, deviation(t, poolMean, true) > 0 ? "above" : "below")));
            }
        }
        return new PointsLost(HealthComponent.BALANCE, lost, max, true, spread, top(culprits));
    }

    private static List<Culprit> top(List<Culprit> culprits) {
        return culprits.stream().sorted(Comparator.comparingDouble(Culprit::points).reversed()).limit(MAX_CULPRITS).toList();
    }
}
