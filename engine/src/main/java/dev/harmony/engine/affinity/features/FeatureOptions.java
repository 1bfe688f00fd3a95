package dev.harmony.engine.affinity.features;

import dev.harmony.engine.affinity.Resource;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How per-VM features are built.
 *
 * @param zone            time zone of the hour-of-day profile (the workload's local time)
 * @param profileResource resource whose demand makes the hour-of-day profile
 * @param metadataBuckets buckets of the hashed one-hot code of guest OS and of template, at least 1
 */
public record FeatureOptions(ZoneId zone, Resource profileResource, int metadataBuckets) {
    public FeatureOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(profileResource, "profileResource");
        if (metadataBuckets < 1) {
            throw new IllegalArgumentException("metadataBuckets must be at least 1, was " + metadataBuckets);
        }
    }

    /** UTC, a CPU profile, 8 buckets each for guest OS and template. */
    public static FeatureOptions defaults() {
        return new FeatureOptions(ZoneId.of("UTC"), Resource.CPU, 8);
    }
}
