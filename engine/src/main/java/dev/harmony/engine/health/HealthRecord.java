package dev.harmony.engine.health;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored health value.
 *
 * @param source  whose health: a connector such as {@code lab:bitbrains-rnd}, or a scenario
 * @param scope   pool, host or VM
 * @param subject the pool's, host's or VM's id
 * @param at      the moment assessed
 * @param score   the index with its breakdown
 */
public record HealthRecord(String source, HealthScope scope, String subject, Instant at, HealthScore score) {
    public HealthRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(score, "score");
    }
}
