package dev.harmony.engine.model;

/**
 * Traffic between two VMs, averaged over a window, in both directions together.
 *
 * @param vmA        one VM (ids ordered so that {@code vmA < vmB})
 * @param vmB        the other VM
 * @param meanKibps  mean traffic in KiB/s
 * @param estimated  true when the figure is a model's estimate rather than a measurement
 * @param method     how it was obtained, e.g. {@code gravity-model(app-group)} or {@code netflow}
 */
public record TrafficEstimate(String vmA, String vmB, double meanKibps, boolean estimated, String method) {
    public TrafficEstimate {
        Ids.require(vmA, "vm id");
        Ids.require(vmB, "vm id");
        if (vmA.compareTo(vmB) >= 0) {
            throw new IllegalArgumentException("traffic pair must be ordered and distinct: " + vmA + ", " + vmB);
        }
        if (!(meanKibps >= 0) || Double.isInfinite(meanKibps)) {
            throw new IllegalArgumentException("traffic " + vmA + "-" + vmB + " must be finite and non-negative: " + meanKibps);
        }
        method = method == null ? "" : method;
    }
}
