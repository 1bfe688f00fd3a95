package dev.harmony.engine.health;

/** A part of the health index that can cost points; {@code docs/decisions/0004-health-index.md} defines each. */
public enum HealthComponent {
    /** Forecast P95 demand too close to capacity. */
    HEADROOM,
    /** Time spent above the contention level in the observed window. */
    REALIZED_CONTENTION,
    /** Time the P95 demand will spend above the contention level in the window ahead. */
    PREDICTED_CONTENTION,
    /** Uneven utilisation across hosts. */
    BALANCE,
    /** Low load-weighted mean affinity of the pairs that share a host. */
    AFFINITY
}
