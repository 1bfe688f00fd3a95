package dev.harmony.engine.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * The reactive balancer the simulation includes, as a DRS-like tool would run: every {@code checkEvery},
 * a host whose CPU or memory utilisation stayed above {@code threshold} for {@code sustain} moves one VM to
 * the least-loaded host that stays below the threshold with it.
 *
 * @param enabled    whether it runs
 * @param threshold  the migration threshold, utilisation in (0, 1]
 * @param checkEvery how often hosts are checked
 * @param sustain    how long a host must stay above the threshold
 */
public record ReactivePolicy(boolean enabled, double threshold, Duration checkEvery, Duration sustain) {
    public ReactivePolicy {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("migration threshold must be within (0, 1], was " + threshold);
        }
        Objects.requireNonNull(checkEvery, "checkEvery");
        Objects.requireNonNull(sustain, "sustain");
        if (checkEvery.isZero() || checkEvery.isNegative() || sustain.isNegative()) {
            throw new IllegalArgumentException("checkEvery must be positive and sustain not negative");
        }
    }

    /** Threshold 80 %, checked every 15 minutes, after 15 minutes above it. */
    public static ReactivePolicy defaults() {
        return new ReactivePolicy(true, 0.8, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    public static ReactivePolicy off() {
        return new ReactivePolicy(false, 0.8, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** Checked every {@code every}, acting after a host has stayed above the threshold as long. */
    public ReactivePolicy withTiming(Duration every) {
        return new ReactivePolicy(enabled, threshold, every, every);
    }

    public ReactivePolicy withThreshold(double newThreshold) {
        return new ReactivePolicy(enabled, newThreshold, checkEvery, sustain);
    }
}
