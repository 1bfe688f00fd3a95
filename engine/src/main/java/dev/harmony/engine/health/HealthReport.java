package dev.harmony.engine.health;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The health of a pool at one moment.
 *
 * @param at    the moment assessed
 * @param pool  the pool's index
 * @param hosts each host's index, by host id
 * @param vms   each placed VM's index, by VM id
 */
public record HealthReport(Instant at, HealthScore pool, Map<String, HealthScore> hosts, Map<String, HealthScore> vms) {
    public HealthReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pool, "pool");
        hosts = Collections.unmodifiableMap(new TreeMap<>(hosts));
        vms = Collections.unmodifiableMap(new TreeMap<>(vms));
    }
}
