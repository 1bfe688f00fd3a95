package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of consecutive steps in which a host's demand of some resource exceeded the contention level: where and
 * when a replay's contention VM-hours came from. Unlike the simulator's {@code ContentionEvent} (one resource, one
 * simulated run), an episode runs on across the replay's segments and counts the VMs it touched.
 *
 * @param host            the host
 * @param from            the start of its first contended step
 * @param to              the end of its last contended step
 * @param vms             the most VMs the host ran during it
 * @param vmHours         its contention VM-hours (every VM on the host, every contended step)
 * @param peak            the highest utilisation of any resource in it (1.0 is the host's capacity)
 * @param resource        the resource that reached {@code peak}
 * @param duringMigration whether a migration to or from the host was in flight in any of its steps
 */
public record ContentionEpisode(String host, Instant from, Instant to, int vms, double vmHours, double peak,
                                Resource resource, boolean duringMigration) {
    public ContentionEpisode {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(resource, "resource");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a contention episode ends after it starts: " + from + " to " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
