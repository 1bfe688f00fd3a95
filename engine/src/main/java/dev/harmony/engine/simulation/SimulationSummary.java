package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures two runs are compared by.
 *
 * @param minPoolHealth    lowest pool health index over the health windows
 * @param meanPoolHealth   mean pool health index
 * @param endPoolHealth    pool health index of the last window
 * @param contentionEvents number of contention events
 * @param contendedTime    their summed duration
 * @param migrationsDone   migrations that completed within the horizon
 * @param migrationsReactive of those, how many the reactive balancer started
 * @param migrationsSkipped migrations that could not run
 * @param migrationTime    summed duration of the migrations that ran
 * @param transferredGib   memory sent by them, in GiB
 * @param peakUtilisation  per resource, the highest expected utilisation of any host
 */
public record SimulationSummary(double minPoolHealth, double meanPoolHealth, double endPoolHealth, int contentionEvents,
                                Duration contendedTime, int migrationsDone, int migrationsReactive, int migrationsSkipped,
                                Duration migrationTime, double transferredGib, Map<Resource, Double> peakUtilisation) {
    public SimulationSummary {
        Objects.requireNonNull(contendedTime, "contendedTime");
        Objects.requireNonNull(migrationTime, "migrationTime");
        peakUtilisation = Collections.unmodifiableMap(new EnumMap<>(peakUtilisation));
    }
}
