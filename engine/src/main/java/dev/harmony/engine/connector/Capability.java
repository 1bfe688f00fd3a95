package dev.harmony.engine.connector;

/** What a connector can do; callers check before relying on an optional part of the SPI. */
public enum Capability {
    INVENTORY,
    RULES,
    HISTORICAL_METRICS,
    LIVE_METRICS,
    MIGRATION,
    /** Pairwise VM traffic measured by the platform (flow logs, vNIC counters). */
    TRAFFIC_MEASURED,
    /** Pairwise VM traffic estimated from per-VM totals; always marked as estimated. */
    TRAFFIC_ESTIMATED,
    /** Time is a replayed trace clock that may run faster than real time. */
    REPLAY_CLOCK
}
