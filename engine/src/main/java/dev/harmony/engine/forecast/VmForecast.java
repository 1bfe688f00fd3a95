package dev.harmony.engine.forecast;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The forecast demand of one VM, one series per {@link Resource}, all on one grid.
 *
 * @param vmId       the VM
 * @param start      start of the first forecast interval
 * @param step       interval length
 * @param byResource one forecast per resource, in the resource's unit
 */
public record VmForecast(String vmId, Instant start, Duration step, Map<Resource, SeriesForecast> byResource) {
    public VmForecast {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(step, "step");
        if (byResource.size() != Resource.values().length) {
            throw new IllegalArgumentException("forecast of " + vmId + " needs every resource, has " + byResource.keySet());
        }
        byResource = Collections.unmodifiableMap(new EnumMap<>(byResource));
    }

    public SeriesForecast of(Resource resource) {
        return byResource.get(resource);
    }

    /** Number of intervals. */
    public int size() {
        return byResource.get(Resource.CPU).size();
    }
}
