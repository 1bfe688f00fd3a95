package dev.harmony.connectors.openstack.lab;

import dev.harmony.connectors.openstack.OpenStackOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenStack the project's own script brings up on 127.0.0.1 ({@code connectors/openstack/lab}):
 * Keystone, Placement, Glance, neutron-server and Nova with three fake-driver computes, six servers,
 * zones {@code nova} and {@code az2}, server groups {@code web} (anti-affinity: vm1, vm3) and
 * {@code cache} (soft-affinity: vm2, vm5). {@link #close()} runs the teardown script, which stops every process.
 */
public final class OpenStackLab implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(20);

    private final Path scripts;
    private final Path work;
    private final Path state;
    private final Map<String, String> env;
    private final Duration startup;
    private boolean closed;

    private OpenStackLab(Path scripts, Path work, Path state, Map<String, String> env, Duration startup) {
        this.scripts = scripts;
        this.work = work;
        this.state = state;
        this.env = env;
        this.startup = startup;
    }

    /**
     * Tears down what an earlier run may have left, then brings the lab up.
     *
     * @throws IllegalStateException with the end of the script's output when the lab cannot start
     */
    public static OpenStackLab start() {
        Path scripts = Path.of(System.getProperty("harmony.openstack.lab", "lab")).toAbsolutePath();
        Path work = Path.of(System.getProperty("harmony.openstack.work", "target/openstack-lab")).toAbsolutePath();
        Path state = Path.of(System.getenv().getOrDefault("HARMONY_OS_LAB_DIR", "/tmp/harmony-openstack-lab"));
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path envFile = state.resolve("run").resolve("lab.env");
        if ("1".equals(System.getenv("HARMONY_OS_LAB_REUSE")) && Files.exists(envFile)) {
            // A developer's running lab, brought up by hand: used as it is and left running.
            OpenStackLab reused = new OpenStackLab(scripts, work, state, read(envFile), Duration.ZERO);
            reused.closed = true;
            return reused;
        }
        run(scripts.resolve("openstack-lab-down.sh"), work.resolve("lab-down-before.log"), Duration.ofMinutes(2));
        long t0 = System.nanoTime();
        Path log = work.resolve("lab-up.log");
        int rc = run(scripts.resolve("openstack-lab-up.sh"), log, START_LIMIT);
        Duration startup = Duration.ofNanos(System.nanoTime() - t0);
        if (rc != 0 || !Files.exists(envFile)) {
            String tail = tail(log);
            run(scripts.resolve("openstack-lab-down.sh"), work.resolve("lab-down.log"), Duration.ofMinutes(2));
            throw new IllegalStateException("the OpenStack lab did not start (exit " + rc + "); it needs root, Debian's OpenStack"
                    + " packages and free ports (docs/openstack.md). Last lines of " + log + ":\n" + tail);
        }
        OpenStackLab lab = new OpenStackLab(scripts, work, state, read(envFile), startup);
        Runtime.getRuntime().addShutdownHook(new Thread(lab::close, "openstack-lab-teardown"));
        return lab;
    }

    /** Time from the start of the script to the lab's READY line. */
    public Duration startup() {
        return startup;
    }

    public String get(String key) {
        String value = env.get(key);
        if (value == null) {
            throw new IllegalStateException("lab.env has no " + key);
        }
        return value;
    }

    /** The UUID of a lab server, {@code vm1} .. {@code vm6}. */
    public String server(String name) {
        return get("SERVER_" + name);
    }

    public URI authUrl() {
        return URI.create(get("AUTH_URL"));
    }

    /** The admin user with its password, scoped to the admin project; TLS settings as shipped (verified). */
    public OpenStackOptions adminOptions() {
        char[] password = get("PASSWORD").toCharArray();
        return OpenStackOptions.password(authUrl(), get("USER"), get("DOMAIN"), get("PROJECT"), get("DOMAIN"), (url, who) -> password.clone());
    }

    /** The lab's application credential. */
    public OpenStackOptions applicationCredentialOptions() {
        char[] secret = get("APP_CREDENTIAL_SECRET").toCharArray();
        return OpenStackOptions.applicationCredential(authUrl(), get("APP_CREDENTIAL_ID"), (url, who) -> secret.clone());
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            run(scripts.resolve("openstack-lab-down.sh"), work.resolve("lab-down.log"), Duration.ofMinutes(2));
        }
    }

    private static int run(Path script, Path log, Duration limit) {
        try {
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return 124;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Map<String, String> read(Path envFile) {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of("(no output)");
            return String.join("\n", new ArrayList<>(lines.subList(Math.max(0, lines.size() - 25), lines.size())));
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }
}
