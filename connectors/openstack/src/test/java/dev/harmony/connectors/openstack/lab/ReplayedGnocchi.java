package dev.harmony.connectors.openstack.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harmony.connectors.openstack.OpenStackConnector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The lab's real Gnocchi, filled the way Ceilometer would fill it polling every five minutes: for
 * each of the lab's six servers an {@code instance} resource with the cumulative {@code cpu} counter
 * (ns), {@code vcpus} and {@code memory.usage} (MB), written from the bundled Bitbrains slice. Each
 * poll is stamped a millisecond before its row ends, so it lands in its row's five-minute bucket.
 * Reading once with {@code refresh=true} makes Gnocchi aggregate at once (no metricd runs in the lab).
 */
public final class ReplayedGnocchi implements AutoCloseable {
    private static final String POLICY = "harmony-5min";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<BitbrainsReplay.Vm> vms;
    private final Instant from;
    private final Instant to;

    private ReplayedGnocchi(List<BitbrainsReplay.Vm> vms, Instant from, Instant to) {
        this.vms = vms;
        this.from = from;
        this.to = to;
    }

    static ReplayedGnocchi start(OpenStackLab lab) {
        List<BitbrainsReplay.Vm> vms = BitbrainsReplay.forLab(lab);
        Instant[] window = BitbrainsReplay.window(vms);
        try (OpenStackConnector admin = OpenStackConnector.open(lab.adminOptions())) {
            String token = admin.keystone().token().value();
            URI gnocchi = admin.keystone().catalog().require("metric", "public", "");
            Writer w = new Writer(gnocchi, token);
            w.post("/v1/archive_policy", "{\"name\": \"" + POLICY + "\", \"back_window\": 0, \"aggregation_methods\": [\"mean\", \"rate:mean\"],"
                    + " \"definition\": [{\"granularity\": \"5m\", \"timespan\": \"7d\"}]}");
            w.post("/v1/resource_type", "{\"name\": \"instance\", \"attributes\": {}}");
            ObjectNode batch = JSON.createObjectNode();
            for (BitbrainsReplay.Vm vm : vms) {
                w.post("/v1/resource/instance", "{\"id\": \"" + vm.serverId() + "\", \"metrics\": {\"cpu\": {\"archive_policy_name\": \"" + POLICY
                        + "\"}, \"vcpus\": {\"archive_policy_name\": \"" + POLICY + "\"}, \"memory.usage\": {\"archive_policy_name\": \"" + POLICY + "\"}}}");
                ObjectNode metrics = batch.putObject(vm.serverId());
                ArrayNode cpu = metrics.putArray("cpu");
                double ns = 1e12;
                cpu.add(point(window[0].minusMillis(1), ns));
                for (int i = 0; i < vm.rows().size(); i++) {
                    BitbrainsReplay.Row r = vm.rows().get(i);
                    ns += r.cpuPercent() / 100 * r.cores() * 1e9 * BitbrainsReplay.ROW.toSeconds();
                    cpu.add(point(rowEnd(window[0], i), ns));
                }
                gauge(metrics.putArray("vcpus"), vm, window[0], BitbrainsReplay.Row::cores);
                gauge(metrics.putArray("memory.usage"), vm, window[0], r -> r.memoryKb() / 1024);
            }
            w.post("/v1/batch/resources/metrics/measures", JSON.writeValueAsString(batch));
            for (BitbrainsReplay.Vm vm : vms) {
                for (String metric : List.of("cpu", "vcpus", "memory.usage")) {
                    w.get("/v1/resource/instance/" + vm.serverId() + "/metric/" + metric + "/measures?refresh=true");
                }
            }
            System.out.printf("Gnocchi %s: %d servers of replayed Bitbrains trace, %s .. %s%n", gnocchi, vms.size(), window[0], window[1]);
            return new ReplayedGnocchi(vms, window[0], window[1]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot fill the lab's Gnocchi: " + e.getMessage(), e);
        }
    }

    private static Instant rowEnd(Instant from, int row) {
        return from.plus(BitbrainsReplay.ROW.multipliedBy(row + 1)).minusMillis(1);
    }

    private static void gauge(ArrayNode points, BitbrainsReplay.Vm vm, Instant from, ToDoubleFunction<BitbrainsReplay.Row> value) {
        for (int i = 0; i < vm.rows().size(); i++) {
            points.add(point(rowEnd(from, i), value.applyAsDouble(vm.rows().get(i))));
        }
    }

    private static JsonNode point(Instant at, double value) {
        return JSON.createObjectNode().put("timestamp", at.toString()).put("value", value);
    }

    public List<BitbrainsReplay.Vm> vms() {
        return vms;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    /** The lab's teardown removes Gnocchi's data with the rest. */
    @Override
    public void close() {
    }

    /** Writes to Gnocchi; an object that already exists (409, from an earlier test in the same lab) is fine. */
    private record Writer(URI base, String token) {
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        void post(String path, String body) throws IOException {
            send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)), path);
        }

        void get(String path) throws IOException {
            send(HttpRequest.newBuilder(uri(path)).GET(), path);
        }

        private URI uri(String path) {
            return URI.create(base.toString().replaceAll("/+$", "") + path);
        }

        /** Sends; once more when the lab's WSGI server dropped a kept-alive connection (every write here may be repeated). */
        private void send(HttpRequest.Builder builder, String path) throws IOException {
            HttpRequest request = builder.header("X-Auth-Token", token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).build();
            try {
                HttpResponse<String> r;
                try {
                    r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException dropped) {
                    r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                }
                if (r.statusCode() / 100 != 2 && r.statusCode() != 409) {
                    throw new IOException(path + " answered HTTP " + r.statusCode() + ": " + r.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
