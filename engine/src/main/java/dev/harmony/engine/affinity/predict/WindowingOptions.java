package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.features.FeatureOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a pool's history is cut into prediction examples.
 *
 * @param window            length of one window; the target is one window, features come from those before it
 * @param historyWindows    past windows whose realized affinity becomes per-pair lag features, at least 1
 * @param meanWindows       past windows the long-run mean feature averages over, at least {@code historyWindows}
 * @param similarityK       most similar hour-of-day profiles per VM that join the candidate pairs, at least 1
 * @param trafficThresholdKibps least past traffic, in KiB/s, that makes a communication candidate pair
 * @param diskCapacityKibps disk throughput of a host in KiB/s, which the engine's hosts do not record
 * @param threads           worker threads for pair scoring, at least 1
 * @param affinity          how realized affinity is measured (targets and lag features alike)
 * @param features          how per-VM features are built
 */
public record WindowingOptions(Duration window, int historyWindows, int meanWindows, int similarityK,
                               double trafficThresholdKibps, double diskCapacityKibps, int threads,
                               AffinityOptions affinity, FeatureOptions features) {
    public WindowingOptions {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        if (historyWindows < 1 || meanWindows < historyWindows) {
            throw new IllegalArgumentException("need 1 <= historyWindows <= meanWindows, were " + historyWindows
                    + ", " + meanWindows);
        }
        if (similarityK < 1 || threads < 1) {
            throw new IllegalArgumentException("similarityK and threads must be at least 1, were " + similarityK + ", " + threads);
        }
        if (!(trafficThresholdKibps >= 0) || Double.isInfinite(trafficThresholdKibps)) {
            throw new IllegalArgumentException("trafficThresholdKibps must be finite and non-negative, was " + trafficThresholdKibps);
        }
        if (!(diskCapacityKibps > 0) || Double.isInfinite(diskCapacityKibps)) {
            throw new IllegalArgumentException("diskCapacityKibps must be positive and finite, was " + diskCapacityKibps);
        }
        Objects.requireNonNull(affinity, "affinity");
        Objects.requireNonNull(features, "features");
    }

    /**
     * One-day windows, three lag windows, a two-week mean, five similar profiles per VM, any traffic,
     * 500 MiB/s of disk per host, two threads, default affinity and features.
     */
    public static WindowingOptions defaults() {
        return new WindowingOptions(Duration.ofDays(1), 3, 14, 5, 0.0, 500 * 1024, 2,
                AffinityOptions.defaults(), FeatureOptions.defaults());
    }

    public WindowingOptions withWindow(Duration newWindow) {
        return new WindowingOptions(newWindow, historyWindows, meanWindows, similarityK, trafficThresholdKibps,
                diskCapacityKibps, threads, affinity, features);
    }

    public WindowingOptions withThreads(int newThreads) {
        return new WindowingOptions(window, historyWindows, meanWindows, similarityK, trafficThresholdKibps,
                diskCapacityKibps, newThreads, affinity, features);
    }
}
