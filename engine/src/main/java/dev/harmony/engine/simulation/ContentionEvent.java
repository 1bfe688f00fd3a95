package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A run of consecutive intervals in which a host's expected demand for a resource stayed above the
 * contention level.
 *
 * @param hostId          the host
 * @param resource        the resource
 * @param start           start of the first contended interval
 * @param end             end of the last
 * @param peakUtilisation the highest utilisation in the run (1.0 = all of the capacity)
 */
public record ContentionEvent(String hostId, Resource resource, Instant start, Instant end, double peakUtilisation) {
    public ContentionEvent {
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(resource, "resource");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("contention must end after it starts: " + start + " .. " + end);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
