package dev.harmony.connectors.openstack.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harmony.connectors.openstack.http.JsonHttp;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Server telemetry from Prometheus' HTTP API ({@code /api/v1/query_range}), one PromQL query per
 * metric and batch of servers. A value Prometheus evaluates at {@code from + (i+1)·step} covers the
 * step before it, so it fills interval {@code i} of the series.
 */
public final class PrometheusMetrics implements MetricsSource {
    private static final int SERVERS_PER_QUERY = 40;

    private final JsonHttp http;
    private final PrometheusSettings settings;

    public PrometheusMetrics(JsonHttp http, PrometheusSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public Set<Metric> metrics() {
        return settings.queries().keySet();
    }

    @Override
    public Duration step() {
        return settings.step();
    }

    @Override
    public List<TimeSeries> read(MetricQuery query, List<String> serverIds) {
        SeriesGrid grid = new SeriesGrid(query.from(), query.to(), settings.step());
        List<TimeSeries> all = new ArrayList<>();
        for (Metric metric : new TreeSet<>(settings.queries().keySet())) {
            if (!query.includesMetric(metric)) {
                continue;
            }
            for (int i = 0; i < serverIds.size(); i += SERVERS_PER_QUERY) {
                List<String> batch = serverIds.subList(i, Math.min(serverIds.size(), i + SERVERS_PER_QUERY));
                all.addAll(series(metric, promql(metric, batch), grid));
            }
        }
        return all;
    }

    /** The PromQL for one metric and a batch of servers. */
    String promql(Metric metric, List<String> servers) {
        String matcher = servers.stream().map(PrometheusMetrics::quoteRegex).collect(Collectors.joining("|"));
        return settings.queries().get(metric).replace("{selector}", "{" + settings.serverLabel() + "=~\"" + matcher + "\"}")
                .replace("{label}", settings.serverLabel()).replace("{window}", settings.step().toSeconds() + "s")
                .replace("{coreMhz}", Long.toString(settings.nominalCoreMhz()));
    }

    private List<TimeSeries> series(Metric metric, String promql, SeriesGrid grid) {
        Instant start = grid.from().plus(settings.step());
        String form = "query=" + enc(promql) + "&start=" + start.getEpochSecond() + "&end=" + grid.end().getEpochSecond()
                + "&step=" + settings.step().toSeconds();
        URI url = URI.create(settings.url().toString().replaceAll("/+$", "") + "/api/v1/query_range");
        JsonNode body = http.postForm("reading " + metric + " from Prometheus " + settings.url(), url, Map.of(), form).body();
        if (!"success".equals(body.path("status").asText())) {
            throw new ConnectorException("Prometheus " + settings.url() + " could not answer " + promql + ": " + body.path("error").asText());
        }
        List<TimeSeries> out = new ArrayList<>();
        for (JsonNode result : body.path("data").path("result")) {
            String server = result.path("metric").path(settings.serverLabel()).asText("");
            if (server.isEmpty()) {
                throw new ConnectorException("Prometheus answered " + metric + " without the label '" + settings.serverLabel()
                        + "'; the query must keep it: " + promql);
            }
            float[] values = grid.empty();
            for (JsonNode point : result.path("values")) {
                Instant evaluated = Instant.ofEpochMilli(Math.round(point.path(0).asDouble() * 1000));
                int slot = grid.slotStartingAt(evaluated.minus(settings.step()));
                double v = Double.parseDouble(point.path(1).asText("NaN"));
                if (slot >= 0 && Double.isFinite(v)) {
                    values[slot] = (float) v;
                }
            }
            out.add(grid.series(server, metric, values));
        }
        return out;
    }

    /** A UUID as a literal inside a PromQL regex. */
    private static String quoteRegex(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
