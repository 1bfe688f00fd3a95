package dev.harmony.connectors.openstack.metrics;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to read telemetry from Gnocchi.
 *
 * @param url            Gnocchi's URL; null to take the catalog's {@code metric} endpoint
 * @param iface          catalog interface when {@code url} is null
 * @param region         catalog region when {@code url} is null (blank: any)
 * @param granularity    the archive-policy granularity to read (Ceilometer's default policies keep 5 minutes)
 * @param cpuSampleInterval how often Ceilometer polls the {@code cpu} counter: Gnocchi's {@code rate:mean}
 *                       is the mean increase between two polls, so CPU time per second is that over this interval
 * @param nominalCoreMhz MHz per vCPU, for the MHz metric
 */
public record GnocchiSettings(URI url, String iface, String region, Duration granularity, Duration cpuSampleInterval,
        long nominalCoreMhz) {
    public GnocchiSettings {
        Objects.requireNonNull(iface, "iface");
        region = region == null ? "" : region;
        if (granularity == null || granularity.toSeconds() < 1) {
            throw new IllegalArgumentException("Gnocchi granularity must be at least one second, was " + granularity);
        }
        if (cpuSampleInterval == null || cpuSampleInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("Ceilometer's CPU polling interval must be at least one second, was " + cpuSampleInterval);
        }
    }

    /** The catalog's metric endpoint, public interface, 5-minute granularity, CPU polled every 5 minutes. */
    public static GnocchiSettings fromCatalog(long nominalCoreMhz) {
        return new GnocchiSettings(null, "public", "", Duration.ofMinutes(5), Duration.ofMinutes(5), nominalCoreMhz);
    }
}
