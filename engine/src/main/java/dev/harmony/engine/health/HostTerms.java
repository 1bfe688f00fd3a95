package dev.harmony.engine.health;

import dev.harmony.engine.affinity.Resource;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-host measures of the health formula, each with the resource that set it.
 *
 * @param hostId         the host
 * @param headroom       shortfall in [0, 1]: the worst resource's ramp from the headroom target to full capacity
 * @param headroomDetail the worst resource and its P95 utilisation, in words
 * @param realized       share of observed intervals above the contention level, worst resource; NaN without observation
 * @param realizedDetail in words
 * @param predicted      share of forecast intervals whose P95 is above the contention level; NaN without forecast
 * @param predictedDetail in words
 * @param utilisation    mean expected utilisation per resource (ordinal), of the judged window
 */
record HostTerms(String hostId, double headroom, String headroomDetail, double realized, String realizedDetail,
                 double predicted, String predictedDetail, double[] utilisation) {

    static HostTerms of(HostHealthInput host, HealthOptions options) {
        LoadSeries judged = host.judged();
        double shortfall = 0;
        String headroomDetail = "";
        double[] utilisation = new double[Resource.values().length];
        for (Resource r : Resource.values()) {
            double capacity = capacity(host, r, options);
            utilisation[r.ordinal()] = judged.meanExpected(r) / capacity;
            double u95 = judged.p95OverWindow(r) / capacity;
            double f = Ramp.up(u95, options.headroomTarget(), 1.0);
            if (f > shortfall || headroomDetail.isEmpty()) {
                shortfall = Math.max(shortfall, f);
                headroomDetail = String.format(Locale.ROOT, "%s P95 at %.0f %% of capacity", r.key(), 100 * u95);
            }
        }
        Share realized = worstShare(host, host.observed(), false, options);
        Share predicted = worstShare(host, host.ahead(), true, options);
        return new HostTerms(host.hostId(), shortfall, headroomDetail, realized.share, realized.detail, predicted.share,
                predicted.detail, utilisation);
    }

    static double capacity(HostHealthInput host, Resource r, HealthOptions options) {
        return host.capacity().of(r);
    }

    private record Share(double share, String detail) {
    }

    private static Share worstShare(HostHealthInput host, Optional<LoadSeries> load, boolean peak, HealthOptions options) {
        if (load.isEmpty()) {
            return new Share(Double.NaN, "");
        }
        double worst = -1;
        String detail = "";
        for (Resource r : Resource.values()) {
            double share = load.get().shareAbove(r, options.contentionLevel() * capacity(host, r, options), peak);
            if (share > worst) {
                worst = share;
                detail = String.format(Locale.ROOT, "%s%s above %.0f %% in %.1f %% of intervals", r.key(), peak ? " P95" : "",
                        100 * options.contentionLevel(), 100 * share);
            }
        }
        return new Share(worst, detail);
    }
}
