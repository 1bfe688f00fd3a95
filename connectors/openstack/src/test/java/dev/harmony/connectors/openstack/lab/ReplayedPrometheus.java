package dev.harmony.connectors.openstack.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's package) on a free loopback port, holding a slice of the real Bitbrains
 * trace replayed as libvirt-exporter series of the lab's six servers: {@code promtool tsdb
 * create-blocks-from openmetrics} writes the blocks, then Prometheus serves them. The lab's fake
 * hypervisors produce no telemetry, so the trace stands in for it; the trace's rows are shifted to
 * the three hours before the test run.
 */
public final class ReplayedPrometheus implements AutoCloseable {
    private final Process process;
    private final URI url;
    private final List<BitbrainsReplay.Vm> vms;
    private final Instant from;
    private final Instant to;
    private final Path dir;

    private ReplayedPrometheus(Process process, URI url, List<BitbrainsReplay.Vm> vms, Instant from, Instant to, Path dir) {
        this.process = process;
        this.url = url;
        this.vms = vms;
        this.from = from;
        this.to = to;
        this.dir = dir;
    }

    static ReplayedPrometheus start(OpenStackLab lab) {
        try {
            Path dir = Files.createTempDirectory("harmony-prometheus");
            List<BitbrainsReplay.Vm> vms = BitbrainsReplay.forLab(lab);
            Instant[] window = BitbrainsReplay.window(vms);
            Instant from = window[0];
            Instant to = window[1];
            Path openMetrics = dir.resolve("replay.om.txt");
            Files.writeString(openMetrics, BitbrainsReplay.openMetrics(vms, from));
            Path data = dir.resolve("data");
            exec(List.of("promtool", "tsdb", "create-blocks-from", "openmetrics", openMetrics.toString(), data.toString()), dir);
            Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, "global:\n  scrape_interval: 1m\nscrape_configs: []\n");
            int port = freePort();
            Process p = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + data,
                    "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.retention.time=30d")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            URI url = URI.create("http://127.0.0.1:" + port);
            awaitReady(p, url, dir);
            System.out.printf("Prometheus %s: %d servers of replayed Bitbrains trace, %s .. %s%n", url, vms.size(), from, to);
            return new ReplayedPrometheus(p, url, vms, from, to, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Prometheus: " + e.getMessage(), e);
        }
    }

    public URI url() {
        return url;
    }

    /** The replayed VMs, each with the server UUID its series are labelled with. */
    public List<BitbrainsReplay.Vm> vms() {
        return vms;
    }

    /** Start of the first replayed interval. */
    public Instant from() {
        return from;
    }

    /** End of the last replayed interval. */
    public Instant to() {
        return to;
    }

    private static void exec(List<String> command, Path dir) throws IOException {
        Path log = dir.resolve(command.get(0) + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitReady(Process p, URI url, Path dir) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Prometheus exited:\n" + Files.readString(dir.resolve("prometheus.log")));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("Prometheus at " + url + " not ready after 60 s:\n" + Files.readString(dir.resolve("prometheus.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
