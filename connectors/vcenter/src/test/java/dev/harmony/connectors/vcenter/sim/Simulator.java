package dev.harmony.connectors.vcenter.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running simulator process on a loopback port. {@link #stop()} sends SIGTERM so that the
 * simulator removes its temporary folders; {@link #restart()} starts a fresh one on the same port.
 */
public final class Simulator implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("HARMONY_VCSIM url=(\\S+) started_ms=(\\d+) .*vms=(\\d+)");

    private final SimulatorSize size;
    private final boolean freshCertificate;
    private final int port;
    private final URI sdk;
    private final Duration startup;
    private final int vms;
    private final Process process;
    private final List<String> output = new ArrayList<>();

    private Simulator(SimulatorSize size, boolean freshCertificate, int port) {
        this.size = size;
        this.freshCertificate = freshCertificate;
        List<String> command = new ArrayList<>(List.of(SimulatorBinary.get().toString(), "-listen", "127.0.0.1:" + port,
                "-clusters", Integer.toString(size.clusters()), "-hosts-per-cluster", Integer.toString(size.hostsPerCluster()),
                "-vms-per-cluster", Integer.toString(size.vmsPerCluster())));
        if (freshCertificate) {
            command.add("-fresh-cert");
        }
        long started = System.nanoTime();
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the vCenter simulator " + command, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        Matcher ready = awaitReady();
        this.startup = Duration.ofNanos(System.nanoTime() - started);
        URI withUser = URI.create(ready.group(1));
        this.sdk = URI.create(withUser.getScheme() + "://" + withUser.getHost() + ":" + withUser.getPort() + withUser.getPath());
        this.port = withUser.getPort();
        this.vms = Integer.parseInt(ready.group(3));
    }

    /** Starts a simulator on a free loopback port. */
    public static Simulator start(SimulatorSize size) {
        return new Simulator(size, false, 0);
    }

    /** Starts a simulator that serves a newly generated certificate, on the given port (0: a free one). */
    public static Simulator startWithFreshCertificate(SimulatorSize size, int port) {
        return new Simulator(size, true, port);
    }

    /** Stops this one and starts a new one of the same size and certificate kind on the same port. */
    public Simulator restart() {
        stop();
        return new Simulator(size, freshCertificate, port);
    }

    /** Starts a new one on the same port, serving a certificate different from any before. */
    public Simulator restartWithFreshCertificate() {
        stop();
        return new Simulator(size, true, port);
    }

    private Matcher awaitReady() {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(m);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the simulator exited before it was ready"));
        }, "vcsim-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return ready.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            process.destroy();
            throw new IllegalStateException("the vCenter simulator did not start: " + output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IllegalStateException("interrupted while starting the vCenter simulator", e);
        }
    }

    /** The SDK URL, e.g. {@code https://127.0.0.1:41234/sdk}. */
    public URI sdk() {
        return sdk;
    }

    public int port() {
        return port;
    }

    /** From process start to the ready line. */
    public Duration startup() {
        return startup;
    }

    /** VMs the simulator reported creating. */
    public int vms() {
        return vms;
    }

    public SimulatorSize size() {
        return size;
    }

    public boolean running() {
        return process.isAlive();
    }

    /** What the simulator printed so far. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** SIGTERM, then wait; the simulator removes its temporary folders on the way out. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
