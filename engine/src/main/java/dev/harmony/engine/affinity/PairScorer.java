package dev.harmony.engine.affinity;

import dev.harmony.engine.model.TrafficEstimate;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores pairs of a {@link DemandPanel} over its float arrays, reusing its scratch buffers, so one pair
 * costs one pass over the window per resource. Not thread-safe: use one scorer per thread.
 */
public final class PairScorer {
    private static final Resource[] RESOURCES = Resource.values();
    private static final double PERCENTILE = 0.95;

    private final DemandPanel panel;
    private final AffinityOptions options;
    private final int required;
    private final float[] joint;
    private final float[] burst;
    private final Ranks ranks = new Ranks();
    private final double[] contention = new double[RESOURCES.length];
    private final double[] complementarity = new double[RESOURCES.length];
    private final int[] overlap = new int[RESOURCES.length];

    // Results of the last compute(), read by score() and by AffinityBatch.
    double contentionTerm;
    double complementarityTerm;
    double communicationTerm;
    double sharingTerm;
    double activity;
    double unweighted;
    double score;
    int largestOverlap;
    TrafficSource traffic;

    public PairScorer(DemandPanel panel, AffinityOptions options) {
        this.panel = Objects.requireNonNull(panel, "panel");
        this.options = Objects.requireNonNull(options, "options");
        this.required = options.requiredOverlap(panel.intervals());
        this.joint = new float[panel.intervals()];
        this.burst = new float[panel.intervals()];
    }

    /** The affinity of rows {@code i} and {@code j}; {@code traffic} may be null when unknown. */
    public PairAffinity score(int i, int j, HostCapacity shared, TrafficEstimate traffic) {
        String a = panel.vmId(Math.min(i, j));
        String b = panel.vmId(Math.max(i, j));
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        if (traffic != null && !(traffic.vmA().equals(first) && traffic.vmB().equals(second))) {
            throw new IllegalArgumentException("traffic " + traffic.vmA() + "-" + traffic.vmB() + " is not about " + first + "-" + second);
        }
        if (!compute(i, j, shared, traffic)) {
            return new PairAffinity.Insufficient(first, second, panel.window(), largestOverlap, required);
        }
        AffinityWeights w = options.weights();
        Map<Resource, Double> cont = new EnumMap<>(Resource.class);
        Map<Resource, Double> comp = new EnumMap<>(Resource.class);
        Map<Resource, Integer> used = new EnumMap<>(Resource.class);
        for (Resource r : RESOURCES) {
            if (overlap[r.ordinal()] >= required) {
                cont.put(r, contention[r.ordinal()]);
                comp.put(r, complementarity[r.ordinal()]);
                used.put(r, overlap[r.ordinal()]);
            }
        }
        List<TermValue> terms = new ArrayList<>(4);
        terms.add(new TermValue(AffinityTerm.CONTENTION, contentionTerm, w.contention(), cont));
        terms.add(new TermValue(AffinityTerm.COMPLEMENTARITY, complementarityTerm, w.complementarity(), comp));
        terms.add(new TermValue(AffinityTerm.COMMUNICATION, communicationTerm, w.communication(), Map.of()));
        terms.add(new TermValue(AffinityTerm.SHARING, sharingTerm, w.sharing(), Map.of()));
        AffinityBreakdown breakdown = new AffinityBreakdown(score, unweighted, activity, terms, used,
                panel.intervals(), this.traffic);
        return new PairAffinity.Scored(first, second, panel.window(), breakdown);
    }

    /** Fills the result fields for rows i and j; false when no weighted resource had enough overlap. */
    boolean compute(int i, int j, HostCapacity shared, TrafficEstimate pairTraffic) {
        if (i == j) {
            throw new IllegalArgumentException("a VM has no affinity with itself: " + panel.vmId(i));
        }
        Objects.requireNonNull(shared, "shared host capacity");
        AffinityWeights w = options.weights();
        double weightSum = 0;
        double cont = 0;
        double comp = 0;
        double load = 0;
        largestOverlap = 0;
        for (Resource r : RESOURCES) {
            int ro = r.ordinal();
            overlap[ro] = resource(ro, i, j, shared.of(r));
            largestOverlap = Math.max(largestOverlap, overlap[ro]);
            double rw = w.of(r);
            if (overlap[ro] >= required && rw > 0) {
                weightSum += rw;
                cont += rw * contention[ro];
                comp += rw * complementarity[ro];
                load += rw * (panel.stats[ro][i].p95() + panel.stats[ro][j].p95()) / shared.of(r);
            }
        }
        if (weightSum == 0) {
            return false;
        }
        contentionTerm = clamp(cont / weightSum);
        complementarityTerm = clamp(comp / weightSum);
        load /= weightSum;
        activity = load / (load + options.activityHalfLoad());
        traffic = TrafficSource.of(pairTraffic);
        communicationTerm = pairTraffic == null ? 0 : communication(i, j, pairTraffic.meanKibps());
        sharingTerm = sharing(panel.vm(i), panel.vm(j));
        unweighted = Math.max(-1, Math.min(1, w.complementarity() * complementarityTerm
                + w.communication() * communicationTerm + w.sharing() * sharingTerm
                - w.contention() * contentionTerm));
        score = activity * unweighted;
        return true;
    }

    /**
     * One pass over the window for one resource: counts the overlap and, when it suffices, sets the
     * resource's contention and complementarity. Only the top ranks of the joint demand are kept,
     * because its P95 is never below the larger of the two VMs' own P95s.
     */
    private int resource(int r, int i, int j, double capacity) {
        float[] a = panel.values[r][i];
        float[] b = panel.values[r][j];
        int fa = panel.from[i];
        int fb = panel.from[j];
        int length = panel.intervals();
        DemandStats sa = panel.stats[r][i];
        DemandStats sb = panel.stats[r][j];
        float medA = (float) sa.p50();
        float medB = (float) sb.p50();
        float floor = (float) Math.max(sa.p95(), sb.p95());
        int n = 0;
        int nj = 0;
        int nb = 0;
        for (int t = 0; t < length; t++) {
            float x = a[fa + t];
            float y = b[fb + t];
            if (x != x || y != y) {
                continue;
            }
            n++;
            // Write always, advance only when kept: no data-dependent branch in the hot loop.
            float s = x + y;
            joint[nj] = s;
            nj += s >= floor ? 1 : 0;
            float e = 2 * Math.min(x - medA, y - medB);
            burst[nb] = e;
            nb += e > 0 ? 1 : 0;
        }
        int below = n - nj;
        int quiet = n - nb;
        contention[r] = 0;
        complementarity[r] = 0;
        if (n < required || n == 0) {
            return n;
        }
        int k = Ranks.rank(PERCENTILE, n);
        float jointP95 = below <= k ? ranks.select(joint, nj, k - below) : fullJointRank(a, fa, b, fb, length, k);
        float burstP95 = quiet > k ? 0 : ranks.select(burst, nb, k - quiet);
        double ownP95 = sa.p95() + sb.p95();
        complementarity[r] = ownP95 > 0 ? clamp(2 * (1 - jointP95 / ownP95)) : 0;
        contention[r] = clamp(burstP95 / (options.headroom() * capacity));
        return n;
    }

    /** The k-th smallest joint demand over all overlapping intervals, for gappy pairs where the floor fails. */
    private float fullJointRank(float[] a, int fa, float[] b, int fb, int length, int k) {
        int n = 0;
        for (int t = 0; t < length; t++) {
            float x = a[fa + t];
            float y = b[fb + t];
            if (x == x && y == y) {
                joint[n++] = x + y;
            }
        }
        return ranks.select(joint, n, k);
    }

    private double communication(int i, int j, double trafficKibps) {
        int net = Resource.NETWORK.ordinal();
        double demand = panel.stats[net][i].mean() + panel.stats[net][j].mean();
        if (demand <= 0) {
            return trafficKibps > 0 ? 1 : 0;
        }
        // Each byte between the two is sent by one and received by the other, so it counts twice in their demand.
        return clamp(2 * trafficKibps / demand);
    }

    private static double sharing(Vm a, Vm b) {
        if (!a.template().isEmpty() && a.template().equals(b.template())) {
            return 1;
        }
        return !a.guestOs().isEmpty() && a.guestOs().equals(b.guestOs()) ? 0.5 : 0;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(1, v);
    }
}
