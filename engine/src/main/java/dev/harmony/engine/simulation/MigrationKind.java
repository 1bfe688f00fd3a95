package dev.harmony.engine.simulation;

/** Why a migration ran. */
public enum MigrationKind {
    /** Asked for by a plan or a scenario. */
    PLANNED,
    /** Moving a VM off a host that enters maintenance or is removed. */
    EVACUATION,
    /** Started by the reactive balancer because a host crossed the migration threshold. */
    REACTIVE
}
