package dev.harmony.connectors.openstack.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.auth.KeystoneSession;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.connectors.openstack.http.JsonHttp;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Server telemetry from Gnocchi (Ceilometer's store), found in the catalog as service type
 * {@code metric}: per server, the {@code cpu} counter as {@code rate:mean} (the mean increase, in ns
 * of CPU time, between two of Ceilometer's polls), {@code vcpus} and {@code memory.usage} (MB) of the
 * {@code instance} resource, as Ceilometer names them. A measure stamped {@code t} fills the interval
 * starting at {@code t}.
 */
public final class GnocchiMetrics implements MetricsSource {
    private final JsonHttp http;
    private final KeystoneSession keystone;
    private final GnocchiSettings settings;

    public GnocchiMetrics(JsonHttp http, KeystoneSession keystone, GnocchiSettings settings) {
        this.http = http;
        this.keystone = keystone;
        this.settings = settings;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.CPU_USAGE_PERCENT, Metric.CPU_USAGE_MHZ, Metric.CPU_CORES, Metric.MEMORY_USAGE_KIB);
    }

    @Override
    public Duration step() {
        return settings.granularity();
    }

    @Override
    public List<TimeSeries> read(MetricQuery query, List<String> serverIds) {
        SeriesGrid grid = new SeriesGrid(query.from(), query.to(), settings.granularity());
        List<TimeSeries> out = new ArrayList<>();
        for (String server : serverIds) {
            float[] cpuNs = measures(server, "cpu", "rate:mean", grid);
            if (cpuNs == null) {
                continue; // Gnocchi has no instance resource for this server
            }
            float[] vcpus = measures(server, "vcpus", "mean", grid);
            float[] percent = grid.empty();
            float[] mhz = grid.empty();
            double seconds = settings.cpuSampleInterval().toSeconds();
            float lastVcpus = Float.NaN;
            for (int i = 0; i < cpuNs.length; i++) {
                lastVcpus = vcpus != null && !Float.isNaN(vcpus[i]) ? vcpus[i] : lastVcpus;
                double cores = cpuNs[i] / 1e9 / seconds;
                mhz[i] = (float) (cores * settings.nominalCoreMhz());
                percent[i] = Float.isNaN(lastVcpus) || lastVcpus <= 0 ? Float.NaN : (float) (100 * cores / lastVcpus);
            }
            add(out, query, grid, server, Metric.CPU_USAGE_PERCENT, percent);
            add(out, query, grid, server, Metric.CPU_USAGE_MHZ, mhz);
            if (vcpus != null) {
                add(out, query, grid, server, Metric.CPU_CORES, vcpus);
            }
            float[] memoryMb = measures(server, "memory.usage", "mean", grid);
            if (memoryMb != null) {
                for (int i = 0; i < memoryMb.length; i++) {
                    memoryMb[i] *= 1024;
                }
                add(out, query, grid, server, Metric.MEMORY_USAGE_KIB, memoryMb);
            }
        }
        return out;
    }

    private static void add(List<TimeSeries> out, MetricQuery query, SeriesGrid grid, String server, Metric metric, float[] values) {
        if (query.includesMetric(metric)) {
            out.add(grid.series(server, metric, values));
        }
    }

    /** The measures of one metric of a server's instance resource on the grid; null when Gnocchi has none. */
    private float[] measures(String server, String metric, String aggregation, SeriesGrid grid) {
        String path = "/v1/resource/instance/" + server + "/metric/" + metric + "/measures?aggregation=" + aggregation
                + "&granularity=" + settings.granularity().toSeconds() + "&start=" + grid.from() + "&stop=" + grid.end();
        JsonNode body;
        try {
            body = http.get("reading " + metric + " of server " + server + " from Gnocchi", url(path),
                    Map.of("X-Auth-Token", keystone.token().value())).body();
        } catch (ApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        return parse(body, grid);
    }

    /** Gnocchi's measures, {@code [[timestamp, granularity, value], ...]}, each stamped with its interval's start. */
    static float[] parse(JsonNode measures, SeriesGrid grid) {
        float[] values = grid.empty();
        for (JsonNode m : measures) {
            Instant start = OffsetDateTime.parse(m.path(0).asText()).toInstant();
            int slot = grid.slotStartingAt(start);
            if (slot >= 0 && m.path(2).isNumber()) {
                values[slot] = (float) m.path(2).asDouble();
            }
        }
        return values;
    }

    private URI url(String path) {
        URI base = settings.url() != null ? settings.url() : keystone.catalog().require("metric", settings.iface(), settings.region());
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }
}
