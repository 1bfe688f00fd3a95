package dev.harmony.connectors.vcenter.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the session tries to get back a dropped connection before it reports the vCenter
 * unreachable: up to {@code attempts} tries, waiting {@code firstDelay} before the second and
 * doubling each time up to {@code maxDelay}.
 *
 * @param attempts   tries per call, at least one
 * @param firstDelay wait before the second try
 * @param maxDelay   longest wait between two tries
 */
public record ReconnectPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
    public ReconnectPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("reconnect attempts must be at least 1, was " + attempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("reconnect delays must satisfy 0 <= first <= max: " + firstDelay + ", " + maxDelay);
        }
    }

    /** Six tries over about half a minute: long enough for a vCenter service restart to be noticed, short enough to report. */
    public static ReconnectPolicy standard() {
        return new ReconnectPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(16));
    }

    /** The wait before try number {@code attempt} (1-based); nothing before the first. */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempt - 2, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
