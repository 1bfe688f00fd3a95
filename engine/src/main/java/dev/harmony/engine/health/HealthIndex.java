package dev.harmony.engine.health;

/** Scores the health of a pool, its hosts and its VMs from one {@link HealthInput}. */
public interface HealthIndex {
    HealthReport assess(HealthInput input);
}
