package dev.harmony.engine.whatif;

import java.time.Instant;
import java.util.Objects;

/**
 * A migration the scenario times, as a plan would.
 *
 * @param vm the VM
 * @param to the target host
 * @param at when to start it
 */
public record ScenarioMigration(String vm, String to, Instant at) {
    public ScenarioMigration {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
