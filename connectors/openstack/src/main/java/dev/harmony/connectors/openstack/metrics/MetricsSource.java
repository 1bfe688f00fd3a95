package dev.harmony.connectors.openstack.metrics;

import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Where the cloud keeps per-server telemetry: Prometheus (libvirt exporter), Gnocchi, or nothing. */
public interface MetricsSource {

    /** The metrics this source can give. */
    Set<Metric> metrics();

    /** The sampling step of the series it returns. */
    Duration step();

    /**
     * One regular series per server and metric over the query's window (NaN where nothing was
     * measured); servers the source has never heard of get no series.
     *
     * @param serverIds the servers to read (the query's own list, or every server of the inventory)
     */
    List<TimeSeries> read(MetricQuery query, List<String> serverIds);

    /** A source that has nothing: the connector then lacks historical metrics. */
    static MetricsSource none() {
        return new MetricsSource() {
            @Override
            public Set<Metric> metrics() {
                return Set.of();
            }

            @Override
            public Duration step() {
                return Duration.ofMinutes(5);
            }

            @Override
            public List<TimeSeries> read(MetricQuery query, List<String> serverIds) {
                return List.of();
            }
        };
    }
}
