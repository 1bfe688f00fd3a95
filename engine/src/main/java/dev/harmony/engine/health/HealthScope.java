package dev.harmony.engine.health;

/** What a stored health value is about. */
public enum HealthScope {
    POOL, HOST, VM
}
